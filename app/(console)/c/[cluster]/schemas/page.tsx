import { pageTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { GET } from '@/app/api/clusters/[cluster]/schemas/route';
import { SubjectsView } from '@/components/schemas/subjects-view';
import { schemaKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApiWithin } from '@/lib/http/page-data';
import { subjectListSchema } from '@/lib/schemas/registry';

export const generateMetadata = pageTitle('schemas');
export const dynamic = 'force-dynamic';

export default async function SchemasPage({ params }: { params: Promise<{ cluster: string }> }) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  // The subjects as GET /api/schemas answers them (a registry slow to answer: the browser asks itself).
  const r = await fromApiWithin(2_000, GET, '/api/schemas', await params, subjectListSchema);
  return (
    <HydrationBoundary state={cacheWith([[schemaKeys.list(), r.data]])}>
      <SubjectsView />
    </HydrationBoundary>
  );
}
