import type { Metadata } from 'next';
import { pageSignedIn } from '@/lib/auth/page-access';
import { decodeParam } from '@/lib/url';
import { notFound } from 'next/navigation';
import { TopicDetail } from '@/components/topics/topic-detail';
import { topicNameSchema } from '@/lib/schemas/topics';
import { topicExists } from '@/lib/kafka/topics/list';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageSignedIn())) return { title: 'Sign in' };
  return { title: decodeParam((await params).topic) ?? 'Not found' };
}

export default async function TopicPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const name = decodeParam((await params).topic);
  // An invalid or unknown name is a real 404 page; an unreachable cluster is not (the view says so).
  if (name === null || !topicNameSchema.safeParse(name).success || !(await topicExists(name))) notFound();
  return <TopicDetail name={name} />;
}
