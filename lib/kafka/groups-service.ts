import 'server-only';
import type { TopicConsumers } from '@/lib/schemas/groups';
import { getAdmin, withKafka } from './client';
import { describeOne, topicWatermarks } from './topics-service';

// Consumer groups as seen from a topic. Interim: one OffsetFetch per group (kafkajs), bounded concurrency.
// The groups issue replaces this with batched OffsetFetch (many groups per coordinator request).

const CONCURRENCY = 16;

async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

// GET /api/topics/:topic/consumers
export function topicConsumers(name: string): Promise<TopicConsumers> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    const admin = await getAdmin();
    const [{ groups }, wm] = await Promise.all([admin.listGroups(), topicWatermarks(topic)]);
    const candidates = groups.filter((g) => g.protocolType === 'consumer' || g.protocolType === '');
    const offsets = await pool(candidates, CONCURRENCY, async (g) => {
      const res = await admin.fetchOffsets({ groupId: g.groupId, topics: [name] });
      const parts = (res[0]?.partitions ?? []).filter((p) => Number(p.offset) >= 0);
      return { groupId: g.groupId, parts };
    });
    const consuming = offsets.filter((o) => o.parts.length > 0);
    const described = consuming.length
      ? (await admin.describeGroups(consuming.map((c) => c.groupId))).groups
      : [];
    const state = new Map(described.map((d) => [d.groupId, d]));
    return {
      topic: name,
      groups: consuming
        .map(({ groupId, parts }) => {
          const partitions = parts
            .map((p) => {
              const committed = Number(p.offset);
              const end = wm.get(p.partition)?.high ?? committed;
              return { partition: p.partition, committed, end, lag: Math.max(0, end - committed) };
            })
            .sort((a, b) => a.partition - b.partition);
          const d = state.get(groupId);
          // Groups on the new protocol (KIP-848) answer DescribeGroups as Dead: do not claim they are dead.
          const s = !d || d.state === 'Dead' ? 'Unknown' : d.state;
          return {
            groupId,
            state: s,
            members: d && d.state !== 'Dead' ? d.members.length : null,
            lag: partitions.reduce((sum, p) => sum + p.lag, 0),
            partitions,
          };
        })
        .sort((a, b) => b.lag - a.lag || a.groupId.localeCompare(b.groupId)),
    };
  });
}
