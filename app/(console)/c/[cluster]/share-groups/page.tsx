import { pageTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { connection } from 'next/server';
import { GET } from '@/app/api/clusters/[cluster]/share-groups/route';
import { ShareGroupsView } from '@/components/share-groups/share-groups-view';
import { shareGroupKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApiWithin } from '@/lib/http/page-data';
import { shareGroupListSchema } from '@/lib/schemas/share-groups';

export const generateMetadata = pageTitle('shareGroups');

const SERVER_WAIT_MS = 2_000;

export default async function ShareGroupsPage({ params }: { params: Promise<{ cluster: string }> }) {
  await connection();
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const r = await fromApiWithin(SERVER_WAIT_MS, GET, '/api/share-groups', await params, shareGroupListSchema);
  return (
    <HydrationBoundary state={cacheWith([[shareGroupKeys.list(), r.data]])}>
      <ShareGroupsView />
    </HydrationBoundary>
  );
}
