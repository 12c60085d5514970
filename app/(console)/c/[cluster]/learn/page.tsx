import { pageTitle } from '@/lib/i18n/metadata';
import { Glossary } from '@/components/learn/glossary';
import { pageSignedIn } from '@/lib/auth/page-access';

export const generateMetadata = pageTitle('learnTitle');

// The glossary the console's terms link to (issue 20): every term with its explanation and the Apache
// Kafka documentation that covers it.
export default async function LearnPage() {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  return <Glossary />;
}
