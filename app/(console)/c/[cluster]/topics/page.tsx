import { pageTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { connection } from 'next/server';
import { GET } from '@/app/api/clusters/[cluster]/topics/route';
import { TopicsView } from '@/components/topics/topics-view';
import { topicKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApiWithin } from '@/lib/http/page-data';
import { topicListSchema } from '@/lib/schemas/topics';

export const generateMetadata = pageTitle('topics');

// How long the server waits for the list before sending the page without it (the browser then fetches it
// itself, and the server's in-flight computation is shared with that fetch).
const SERVER_WAIT_MS = 2_000;

export default async function TopicsPage({ params }: { params: Promise<{ cluster: string }> }) {
  await connection();
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const r = await fromApiWithin(SERVER_WAIT_MS, GET, '/api/topics', await params, topicListSchema);
  return (
    <HydrationBoundary state={cacheWith([[topicKeys.list(), r.data]])}>
      <TopicsView />
    </HydrationBoundary>
  );
}
