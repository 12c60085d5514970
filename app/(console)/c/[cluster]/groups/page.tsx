import { pageTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { connection } from 'next/server';
import { GET } from '@/app/api/clusters/[cluster]/groups/route';
import { GroupsView } from '@/components/groups/groups-view';
import { groupKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { groupListFirstScreen, groupView, searchParamsOf } from '@/lib/list-views';
import { cacheWith, fromApiWithin } from '@/lib/http/page-data';
import { groupListSchema } from '@/lib/schemas/groups';

export const generateMetadata = pageTitle('groups');

// The list with its lag at first paint (issue 17); past this wait the page goes without it and the browser
// fetches it itself.
const SERVER_WAIT_MS = 2_000;

type Props = {
  params: Promise<{ cluster: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function GroupsPage({ params, searchParams }: Props) {
  await connection();
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const r = await fromApiWithin(SERVER_WAIT_MS, GET, '/api/groups', await params, groupListSchema);
  // A long list goes as its first screen in the URL's view, and the browser fetches the rest (issue 17).
  const first = r.data && groupListFirstScreen(r.data, groupView(searchParamsOf(await searchParams)));
  return (
    <HydrationBoundary state={cacheWith([[groupKeys.list(), first, { stale: first !== r.data }]])}>
      <GroupsView computing={r.status === 504} />
    </HydrationBoundary>
  );
}
