import { route } from '@/lib/http/route';
import { clusterSummary } from '@/lib/kafka/clusters-home';
import { startLagSampler } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/clusters/:cluster/summary - the cluster's card on the clusters home: brokers, topics,
// under-replicated and offline partitions, groups and how many lag, registry health
export const GET = route({}, () => {
  startLagSampler();
  return clusterSummary();
});
