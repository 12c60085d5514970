import 'server-only';
import { processSlot } from '@/lib/process-state';
import { Gauge, Registry } from 'prom-client';
import { kafkaConfig } from './base/client';
import { currentGroups } from './groups/service';
import { groupTotals, lastState, partitionLag } from './groups/history';
import { tpKey } from './base/tp';

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
  const tp = ['group', 'topic', 'partition'];
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
      end: gauge('kafscope_partition_end_offset', 'The end offset (high watermark).', ['topic', 'partition']),
      total: gauge('kafscope_consumergroup_lag_total', 'Total lag of the group over all its partitions.', [
        'group',
      ]),
      maxSeconds: gauge(
        'kafscope_consumergroup_lag_seconds_max',
        "Lag in seconds of the group's furthest-behind partition.",
        ['group'],
      ),
      members: gauge('kafscope_consumergroup_members', 'Active members of the group.', ['group']),
      sampled: gauge(
        'kafscope_lag_sample_timestamp_seconds',
        'When the offsets behind these values were read.',
        [],
      ),
    },
  };
}

export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const last = lastState();
  const state = last && Date.now() - last.at < kafkaConfig().lagSampleMs ? last : await currentGroups();
  const { registry, gauges } = metrics();
  for (const x of Object.values(gauges)) x.reset();
  const endsSeen = new Set<string>();
  for (const grp of state.groups) {
    for (const o of grp.offsets.values()) {
      const k = tpKey(o.topic, o.partition);
      const end = state.ends.get(k);
      if (end === undefined) continue;
      const labels = { group: grp.groupId, topic: o.topic, partition: String(o.partition) };
      const l = partitionLag(o.topic, o.partition, o.offset, end, state.at);
      gauges.lag!.set(labels, l.lag);
      if (l.seconds !== null) gauges.seconds!.set(labels, l.seconds);
      gauges.committed!.set(labels, o.offset);
      if (!endsSeen.has(k)) {
        endsSeen.add(k);
        gauges.end!.set({ topic: o.topic, partition: String(o.partition) }, end);
      }
    }
    const { all } = groupTotals(grp, state.ends, state.at);
    gauges.total!.set({ group: grp.groupId }, all.lag);
    if (all.seconds !== null) gauges.maxSeconds!.set({ group: grp.groupId }, all.seconds);
    gauges.members!.set({ group: grp.groupId }, grp.members.length);
  }
  gauges.sampled!.set(state.at / 1000);
  return { body: await registry.metrics(), contentType: registry.contentType };
}
