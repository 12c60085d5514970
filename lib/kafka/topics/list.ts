import 'server-only';
import { clusterSlot } from '@/lib/clusters/context';
import type { PartitionInfo, TopicDetail, TopicList, TopicSummary } from '@/lib/types';
import { kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { cleanupPolicies } from '@/lib/kafka/base/cleanup-policy';
import { consumersByTopic, type TopicConsumers } from '@/lib/kafka/base/consumers';
import { brokerById, describeOne, fetchMetadata, type RawTopic } from '@/lib/kafka/base/metadata';
import { watermarks } from '@/lib/kafka/base/offsets';
import { tpKey } from '@/lib/kafka/base/tp';
import { onLane } from '@/lib/kafka/wire/internals';
import { describeLogDirs } from '@/lib/kafka/wire/requests/describe-log-dirs';

// Topics, batched so the cost does not grow with round-trips per topic: one Metadata, two ListOffsets per
// leader broker (earliest, latest), one DescribeLogDirs per broker, one DescribeConfigs for all topics.

const key = tpKey;

/** Largest replica size per partition across all brokers; null when any broker could not answer. */
async function sizes(brokerIds: number[], topics: { topic: string; partitions: number[] }[] | null) {
  const { requestTimeoutMs } = kafkaConfig();
  try {
    const perBroker = await Promise.all(
      brokerIds.map(async (id) => describeLogDirs(onLane(await brokerById(id), 2), topics, requestTimeoutMs)),
    );
    const size = new Map<string, number>();
    for (const replicas of perBroker)
      for (const r of replicas) {
        if (r.isFuture) continue;
        const k = key(r.topic, r.partition);
        size.set(k, Math.max(size.get(k) ?? 0, r.size));
      }
    return size;
  } catch {
    return null;
  }
}

function summarize(
  t: RawTopic,
  wm: Awaited<ReturnType<typeof watermarks>>,
  size: Map<string, number> | null,
  policy: string,
  consumers: TopicConsumers | null,
): TopicDetail {
  const partitionList: PartitionInfo[] = t.partitionMetadata
    .map((p) => {
      const k = key(t.topic, p.partitionId);
      const low = wm.low.get(k) ?? 0;
      const high = wm.high.get(k) ?? 0;
      return {
        partition: p.partitionId,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
        offlineReplicas: p.offlineReplicas ?? [],
        low,
        high,
        messages: Math.max(0, high - low),
        sizeBytes: size ? (size.get(k) ?? 0) : null,
      };
    })
    .sort((a, b) => a.partition - b.partition);
  return {
    name: t.topic,
    internal: t.isInternal || t.topic.startsWith('__'),
    partitions: partitionList.length,
    replicationFactor: Math.max(0, ...partitionList.map((p) => p.replicas.length)),
    underReplicated: partitionList.filter((p) => p.isr.length < p.replicas.length).length,
    offline: partitionList.filter((p) => p.leader < 0).length,
    messages: partitionList.reduce((s, p) => s + p.messages, 0),
    messagesEstimate: policy.includes('compact'),
    sizeBytes: size ? partitionList.reduce((s, p) => s + (p.sizeBytes ?? 0), 0) : null,
    cleanupPolicy: policy,
    consumerGroups: consumers ? (consumers.get(t.topic)?.groups ?? 0) : null,
    consumerLag: consumers ? (consumers.get(t.topic)?.lag ?? 0) : null,
    partitionList,
  };
}

const inflight = () =>
  clusterSlot('topic-list', () => ({
    list: undefined as Promise<TopicList> | undefined,
    last: undefined as { at: number; list: TopicList } | undefined,
  }));

/**
 * GET /api/topics. Concurrent callers (several tabs, the page render and a refetch) share one computation.
 * With `maxAgeMs`, the last list computed that recently will do: the browser's fetch of the rest of a page
 * that was sent its first screen (lib/list-views.ts) reuses the list the page was cut from.
 */
export function listTopics({ maxAgeMs = 0 } = {}): Promise<TopicList> {
  const s = inflight();
  if (s.last && Date.now() - s.last.at <= maxAgeMs) return Promise.resolve(s.last.list);
  s.list ??= computeTopicList()
    .then((list) => {
      s.last = { at: Date.now(), list };
      return list;
    })
    .finally(() => {
      s.list = undefined;
    });
  return s.list;
}

function computeTopicList(): Promise<TopicList> {
  return withKafka(async () => {
    const { meta } = await fetchMetadata();
    const topics = meta.topicMetadata.filter((t) => t.topicErrorCode === 0);
    // A partition its leader is still loading (topics just created, a leader just moved) is counted as
    // empty for this list, instead of failing it: the next refresh has it.
    const loading = new Map<string, number>();
    const [wm, size, policies] = await Promise.all([
      watermarks(topics, undefined, loading),
      sizes(
        meta.brokers.map((b) => b.nodeId),
        null,
      ),
      cleanupPolicies(topics.map((t) => t.topic)),
    ]);
    // Consuming groups and their lag from the lag history's last sample: no extra calls per list.
    const consumers = consumersByTopic();
    return {
      topics: topics.map((t) => {
        const { partitionList: _omit, ...summary } = summarize(
          t,
          wm,
          size,
          policies.get(t.topic) ?? 'delete',
          consumers,
        );
        return summary satisfies TopicSummary;
      }),
      brokers: meta.brokers.length,
      sizesAvailable: size !== null,
    };
  });
}

// GET /api/topics/:topic
export function getTopic(name: string): Promise<TopicDetail> {
  return withKafka(async () => {
    const { topic, brokers } = await describeOne(name);
    const parts = topic.partitionMetadata.map((p) => p.partitionId);
    const [wm, size, policies] = await Promise.all([
      watermarks([topic]),
      sizes(brokers, [{ topic: name, partitions: parts }]),
      cleanupPolicies([name]),
    ]);
    return summarize(topic, wm, size, policies.get(name) ?? 'delete', consumersByTopic());
  });
}
