import 'server-only';
import { processSlot } from '@/lib/process-state';
import { Gauge, Registry } from 'prom-client';
import { kafkaConfig } from './base/client';
import { currentGroups, startLagSampler } from './groups/service';
import { inCluster } from '@/lib/clusters/context';
import type { Cluster } from '@/lib/clusters/config';
import { groupTotals, lastState, partitionLag } from './groups/history';
import { tpKey } from './base/tp';
import type { GroupsState } from './groups/data';

// Prometheus metrics (GET /api/metrics): consumer lag in messages and seconds per group, topic and
// partition, so teams can alert on it. Values come from the last sample when it is fresh (the sampler
// runs every KAFSCOPE_LAG_SAMPLE_MS), otherwise from a new one. Our own registry: no process metrics of the
// Next server mixed in.

type M = { registry: Registry; gauges: Record<string, Gauge> };
const metrics = (): M => processSlot('metrics', createMetrics);

function createMetrics(): M {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[]) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const tp = ['cluster', 'group', 'topic', 'partition'];
  return {
    registry,
    gauges: {
      lag: gauge(
        'kafscope_consumergroup_lag',
        'Messages the group has not consumed yet (end offset - committed offset).',
        tp,
      ),
      seconds: gauge(
        'kafscope_consumergroup_lag_seconds',
        'How far behind the group is in time, interpolated from sampled end offsets.',
        tp,
      ),
      committed: gauge('kafscope_consumergroup_committed_offset', 'The committed offset.', tp),
      end: gauge('kafscope_partition_end_offset', 'The end offset (high watermark).', [
        'cluster',
        'topic',
        'partition',
      ]),
      total: gauge('kafscope_consumergroup_lag_total', 'Total lag of the group over all its partitions.', [
        'cluster',
        'group',
      ]),
      maxSeconds: gauge(
        'kafscope_consumergroup_lag_seconds_max',
        "Lag in seconds of the group's furthest-behind partition.",
        ['cluster', 'group'],
      ),
      members: gauge('kafscope_consumergroup_members', 'Active members of the group.', ['cluster', 'group']),
      sampled: gauge(
        'kafscope_lag_sample_timestamp_seconds',
        'When the offsets behind these values were read.',
        ['cluster'],
      ),
      up: gauge('kafscope_cluster_up', '1 when the cluster answered the last sample, 0 when it did not.', [
        'cluster',
      ]),
    },
  };
}

/** Every cluster's metrics, each series labelled with its cluster; a cluster that does not answer is `up` 0. */
export async function renderMetrics(clusters: Cluster[]): Promise<{ body: string; contentType: string }> {
  const { registry, gauges } = metrics();
  const states = await Promise.all(
    clusters.map((c) =>
      inCluster(c, async () => {
        startLagSampler();
        const last = lastState();
        const fresh = last && Date.now() - last.at < kafkaConfig().lagSampleMs;
        return fresh ? last : await currentGroups().catch(() => null);
      }),
    ),
  );
  for (const x of Object.values(gauges)) x.reset();
  clusters.forEach((c, i) => {
    gauges.up!.set({ cluster: c.name }, states[i] ? 1 : 0);
    const state = states[i];
    if (state) inCluster(c, () => fill(gauges, c.name, state)); // lag in seconds reads that cluster's history
  });
  return { body: await registry.metrics(), contentType: registry.contentType };
}

function fill(gauges: M['gauges'], cluster: string, state: GroupsState) {
  const endsSeen = new Set<string>();
  for (const grp of state.groups) {
    for (const o of grp.offsets.values()) {
      const k = tpKey(o.topic, o.partition);
      const end = state.ends.get(k);
      if (end === undefined) continue;
      const labels = { cluster, group: grp.groupId, topic: o.topic, partition: String(o.partition) };
      const l = partitionLag(o.topic, o.partition, o.offset, end, state.at);
      gauges.lag!.set(labels, l.lag);
      if (l.seconds !== null) gauges.seconds!.set(labels, l.seconds);
      gauges.committed!.set(labels, o.offset);
      if (!endsSeen.has(k)) {
        endsSeen.add(k);
        gauges.end!.set({ cluster, topic: o.topic, partition: String(o.partition) }, end);
      }
    }
    const { all } = groupTotals(grp, state.ends, state.at);
    gauges.total!.set({ cluster, group: grp.groupId }, all.lag);
    if (all.seconds !== null) gauges.maxSeconds!.set({ cluster, group: grp.groupId }, all.seconds);
    gauges.members!.set({ cluster, group: grp.groupId }, grp.members.length);
  }
  gauges.sampled!.set({ cluster }, state.at / 1000);
}
