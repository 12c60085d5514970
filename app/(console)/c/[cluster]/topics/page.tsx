import { pageTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { connection } from 'next/server';
import { GET } from '@/app/api/clusters/[cluster]/topics/route';
import { TopicsView } from '@/components/topics/topics-view';
import { topicKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { topicListFirstScreen, topicView, searchParamsOf } from '@/lib/list-views';
import { cacheWith, fromApiWithin } from '@/lib/http/page-data';
import { topicListSchema } from '@/lib/schemas/topics';

export const generateMetadata = pageTitle('topics');

// How long the server waits for the list before sending the page without it (the browser then fetches it
// itself, and the server's in-flight computation is shared with that fetch).
const SERVER_WAIT_MS = 2_000;

type Props = {
  params: Promise<{ cluster: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TopicsPage({ params, searchParams }: Props) {
  await connection();
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const r = await fromApiWithin(SERVER_WAIT_MS, GET, '/api/topics', await params, topicListSchema);
  // A long list goes as its first screen in the URL's view, and the browser fetches the rest (issue 17).
  const first = r.data && topicListFirstScreen(r.data, topicView(searchParamsOf(await searchParams)));
  return (
    <HydrationBoundary state={cacheWith([[topicKeys.list(), first, { stale: first !== r.data }]])}>
      <TopicsView computing={r.status === 504} />
    </HydrationBoundary>
  );
}
