import { HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { pageTitle } from '@/lib/i18n/metadata';
import { Shell } from '@/components/layout/shell';
import { ShellNotes } from '@/components/layout/writable';
import { ClustersHome } from '@/components/clusters/clusters-home';
import { GET as listClusters } from '@/app/api/clusters/route';
import { GET as summaryRoute } from '@/app/api/clusters/[cluster]/summary/route';
import { homeKeys } from '@/lib/api/keys';
import { authConfig } from '@/lib/auth/config';
import { pageClusters, pageSignedIn } from '@/lib/auth/page-access';
import { allWithin, cacheWith, fromApi } from '@/lib/http/page-data';
import { clusterSummarySchema, clustersSchema } from '@/lib/schemas/clusters';
import { clusterPage } from '@/lib/url';

export const generateMetadata = pageTitle('clusters');

// Each cluster's card is in the first paint when its cluster answers within CARD_WAIT_MS, and at most
// CARD_GRACE_MS after the first card answered: a cluster that is down or slow is asked by the browser
// instead, so it never holds up the page (issue 19).
const CARD_WAIT_MS = 400;
const CARD_GRACE_MS = 60;

// The clusters home: every cluster this user may see, with its health. With one cluster there is nothing to
// choose: straight to its overview.
export default async function ClustersPage() {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const names = await pageClusters();
  if (names.length === 1) redirect(clusterPage(names[0]!, '/'));
  const [list, cards] = await Promise.all([
    fromApi(listClusters, '/api/clusters', {}, clustersSchema),
    allWithin(
      CARD_WAIT_MS,
      CARD_GRACE_MS,
      names.map(
        (cluster) => () =>
          fromApi(summaryRoute, `/api/clusters/${cluster}/summary`, { cluster }, clusterSummarySchema),
      ),
    ),
  ]);
  const state = cacheWith([
    [homeKeys.list(), list.data],
    ...names.map((n, i) => [homeKeys.summary(n), cards[i]!.data] as [readonly string[], unknown]),
  ]);
  return (
    <Shell notes={<ShellNotes loginOff={authConfig().mode === 'off'} readOnly={false} />}>
      <HydrationBoundary state={state}>
        <ClustersHome />
      </HydrationBoundary>
    </Shell>
  );
}
