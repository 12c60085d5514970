import 'server-only';
import type { ClusterSummary } from '@/lib/schemas/clusters';
import { getOverview } from './cluster/service';
import { listGroups } from './groups/service';
import { registryHealth } from '@/lib/registry/subjects';

// GET /api/clusters/:cluster/summary: one cluster's card on the clusters home. Like metrics.ts it reads
// several features, so it sits above them. The home asks each cluster on its own, so a cluster that does not
// answer holds up only its own card.

const LAGGING = new Set(['WARN', 'STALL', 'STOP']);

export async function clusterSummary(): Promise<ClusterSummary> {
  const [overview, groups, registry] = await Promise.all([
    getOverview(),
    listGroups(),
    registryHealth().catch(() => null),
  ]);
  return {
    brokers: overview.brokers.length,
    topics: overview.topics.total,
    partitions: overview.partitions.total,
    underReplicated: overview.partitions.underReplicated,
    offline: overview.partitions.offline,
    groups: groups.groups.length,
    laggingGroups: groups.groups.filter((g) => LAGGING.has(g.status)).length,
    registry: !registry?.configured ? 'none' : registry.ok ? 'up' : 'down',
    kafkaVersion: overview.kafkaVersion?.label ?? null,
  };
}
