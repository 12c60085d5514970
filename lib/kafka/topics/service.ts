import 'server-only';
import { ConfigResourceTypes } from 'kafkajs';
import type { CreateTopicInput } from '@/lib/schemas/topics';
import type { PartitionInfo, TopicDetail, TopicList, TopicSummary } from '@/lib/types';
import { getAdmin, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { toAppError } from '@/lib/kafka/base/errors';
import { onLane, type InternalBroker } from '@/lib/kafka/wire/internals';
import { brokerById, fetchMetadata, type RawTopic } from '@/lib/kafka/base/metadata';
import { createTopics } from '@/lib/kafka/wire/requests/create-topics';
import { describeLogDirs } from '@/lib/kafka/wire/requests/describe-log-dirs';
import { consumersByTopic } from '@/lib/kafka/groups/history';

// Topics, batched so the cost does not grow with round-trips per topic: one Metadata, two ListOffsets per
// leader broker (earliest, latest), one DescribeLogDirs per broker, one DescribeConfigs for all topics.

const LATEST = -1;
const EARLIEST = -2;
const READ_UNCOMMITTED = 0; // the high watermark, not the last stable offset

type ListOffsetsBroker = InternalBroker & {
  listOffsets(args: {
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string }[] }[] }>;
};

import { tpKey } from '@/lib/kafka/base/tp';
export { tpKey };
const key = tpKey;

/** The partitions of these topics grouped by leader broker (partitions without a leader are left out). */
function byLeader(topics: RawTopic[]) {
  const out = new Map<number, Map<string, number[]>>();
  for (const t of topics)
    for (const p of t.partitionMetadata) {
      if (p.leader < 0) continue;
      const m = out.get(p.leader) ?? new Map<string, number[]>();
      m.set(t.topic, [...(m.get(t.topic) ?? []), p.partitionId]);
      out.set(p.leader, m);
    }
  return out;
}

/**
 * ListOffsets for every partition of these topics at `timestamp` (LATEST, EARLIEST, or a time in ms: the
 * first offset at or after it, -1 when there is none): one request per leader broker, over connection lane
 * `lane` (0 = the broker's own). Keys: `tpKey(topic, partition)`.
 */
export async function offsetsAt(
  topics: RawTopic[],
  timestamp: number,
  lane = 0,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await Promise.all(
    [...byLeader(topics)].map(async ([nodeId, parts]) => {
      const broker = (await brokerById(nodeId)) as ListOffsetsBroker;
      const res = await (lane ? onLane(broker, lane) : broker).listOffsets({
        isolationLevel: READ_UNCOMMITTED,
        topics: [...parts].map(([topic, ps]) => ({
          topic,
          partitions: ps.map((partition) => ({ partition, timestamp })),
        })),
      });
      for (const r of res.responses)
        for (const p of r.partitions) out.set(key(r.topic, p.partition), Number(p.offset));
    }),
  );
  return out;
}

/**
 * Low and high watermarks of every partition with a leader, two ListOffsets per leader broker (one when
 * only the high watermarks are asked for). Earliest goes over a second connection, so the broker answers
 * both at once.
 */
export async function watermarks(topics: RawTopic[], only?: 'high') {
  const [low, high] = await Promise.all([
    only === 'high' ? new Map<string, number>() : offsetsAt(topics, EARLIEST, 1),
    offsetsAt(topics, LATEST),
  ]);
  return { low, high };
}

/** Low and high watermark per partition of one topic. */
export async function topicWatermarks(topic: RawTopic): Promise<Map<number, { low: number; high: number }>> {
  const wm = await watermarks([topic]);
  return new Map(
    topic.partitionMetadata.map((p) => [
      p.partitionId,
      {
        low: wm.low.get(key(topic.topic, p.partitionId)) ?? 0,
        high: wm.high.get(key(topic.topic, p.partitionId)) ?? 0,
      },
    ]),
  );
}

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

// cleanup.policy per topic, cached: describing the configs of thousands of topics is the most expensive
// part of the list, and the policy rarely changes. Entries expire after POLICY_TTL_MS; our own edits
// (create, config change, delete) drop the topic's entry at once, so only changes made with other tools can
// show up to a minute late.
const POLICY_TTL_MS = 60_000;
// On globalThis: Next bundles route handlers and pages separately, and they must share one cache.
const g = globalThis as { __kafscopePolicies?: Map<string, { policy: string; at: number }> };
const policyCache = (g.__kafscopePolicies ??= new Map());
export const forgetCleanupPolicy = (topic: string) => policyCache.delete(topic);

async function cleanupPolicies(names: string[]) {
  const now = Date.now();
  const policies = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const hit = policyCache.get(name);
    if (hit && now - hit.at < POLICY_TTL_MS) policies.set(name, hit.policy);
    else missing.push(name);
  }
  if (!missing.length) return policies;
  const admin = await getAdmin();
  const res = await admin.describeConfigs({
    includeSynonyms: false,
    resources: missing.map((name) => ({
      type: ConfigResourceTypes.TOPIC,
      name,
      configNames: ['cleanup.policy'],
    })),
  });
  for (const r of res.resources) {
    const policy = r.configEntries[0]?.configValue ?? 'delete';
    policies.set(r.resourceName, policy);
    policyCache.set(r.resourceName, { policy, at: now });
  }
  return policies;
}

function summarize(
  t: RawTopic,
  wm: Awaited<ReturnType<typeof watermarks>>,
  size: Map<string, number> | null,
  policy: string,
  consumers: ReturnType<typeof consumersByTopic>,
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

let listInFlight: Promise<TopicList> | undefined;

// GET /api/topics. Concurrent callers (several tabs, the page render and a refetch) share one computation.
export function listTopics(): Promise<TopicList> {
  listInFlight ??= computeTopicList().finally(() => {
    listInFlight = undefined;
  });
  return listInFlight;
}

function computeTopicList(): Promise<TopicList> {
  return withKafka(async () => {
    const { meta } = await fetchMetadata();
    const topics = meta.topicMetadata.filter((t) => t.topicErrorCode === 0);
    const [wm, size, policies] = await Promise.all([
      watermarks(topics),
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

/** The topic's metadata (404 when Kafka does not know it), the cluster's brokers and the one that answered. */
export async function describeOne(
  name: string,
): Promise<{ topic: RawTopic; brokers: number[]; broker: InternalBroker }> {
  const { meta, broker } = await fetchMetadata([name]).catch((e: unknown) => {
    throw toAppError(e).code === 'not_found'
      ? new AppError('not_found', `Topic "${name}" does not exist.`)
      : e;
  });
  const topic = meta.topicMetadata.find((t) => t.topic === name);
  if (!topic || topic.topicErrorCode === 3)
    throw new AppError('not_found', `Topic "${name}" does not exist.`);
  return { topic, brokers: meta.brokers.map((b) => b.nodeId), broker };
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

// POST /api/topics
export function createTopic(input: CreateTopicInput): Promise<TopicDetail> {
  return withKafka(async () => {
    const { meta } = await fetchMetadata();
    if (input.replicationFactor > meta.brokers.length) {
      throw new AppError(
        'bad_request',
        `Replication factor ${input.replicationFactor} is more than the ${meta.brokers.length} broker${meta.brokers.length === 1 ? '' : 's'} in this cluster: each replica needs its own broker.`,
      );
    }
    if (meta.topicMetadata.some((t) => t.topic === input.name)) {
      throw new AppError('conflict', `A topic named "${input.name}" already exists.`);
    }
    const { broker } = await fetchMetadata();
    forgetCleanupPolicy(input.name);
    await createTopics(
      broker,
      [
        {
          topic: input.name,
          numPartitions: input.partitions,
          replicationFactor: input.replicationFactor,
          configEntries: Object.entries(input.configs).map(([name, value]) => ({ name, value })),
        },
      ],
      { timeoutMs: kafkaConfig().requestTimeoutMs },
    );
    // Every partition has a leader before we answer, so the topic page opens on a usable topic.
    return settled(input.name, (t) => t.partitionList.every((p) => p.leader >= 0), [
      'not_found',
      'broker_unavailable',
    ]);
  });
}

// DELETE /api/topics/:topic
export function deleteTopic(name: string): Promise<{ deleted: string }> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    if (topic.isInternal || name.startsWith('__')) {
      throw new AppError(
        'bad_request',
        `"${name}" is an internal Kafka topic; deleting it would break the cluster.`,
      );
    }
    const admin = await getAdmin();
    await admin.deleteTopics({ topics: [name], timeout: kafkaConfig().requestTimeoutMs });
    forgetCleanupPolicy(name);
    // The broker's metadata cache drops the topic a moment after the controller commits the deletion:
    // answer once it is gone (≤ 5 s), so the list the UI shows next no longer has it.
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      const gone = await describeOne(name).then(
        () => false,
        (e: unknown) => toAppError(e).code === 'not_found',
      );
      if (gone) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { deleted: name };
  });
}

/** For the topic page: false only when Kafka says the topic does not exist (outages are not a 404). */
export async function topicExists(name: string): Promise<boolean> {
  try {
    await withKafka(() => describeOne(name));
    return true;
  } catch (e) {
    return !(e instanceof AppError && e.code === 'not_found');
  }
}

// POST /api/topics/:topic/partitions
export function addPartitions(name: string, count: number): Promise<TopicDetail> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    const current = topic.partitionMetadata.length;
    if (count <= current) {
      throw new AppError(
        'bad_request',
        `"${name}" already has ${current} partition${current === 1 ? '' : 's'}; Kafka can only add partitions, so ask for more than ${current}.`,
      );
    }
    const admin = await getAdmin();
    await admin.createPartitions({
      topicPartitions: [{ topic: name, count }],
      timeout: kafkaConfig().requestTimeoutMs,
    });
    return settled(name, (t) => t.partitions >= count);
  });
}

/**
 * The topic once a change has reached every broker: right after CreatePartitions the new partitions' leaders
 * answer NOT_LEADER for a moment. Retries for up to ~5 s, then reports what Kafka says.
 */
async function settled(
  name: string,
  done: (t: TopicDetail) => boolean,
  transient: string[] = ['broker_unavailable'],
): Promise<TopicDetail> {
  const until = Date.now() + 5000;
  for (;;) {
    try {
      const t = await getTopic(name);
      if (done(t) || Date.now() > until) return t;
    } catch (e) {
      if (Date.now() > until || !transient.includes(toAppError(e).code)) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

type DeleteRecordsBroker = InternalBroker & {
  deleteRecords(args: {
    topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
  }): Promise<unknown>;
};

export type DeleteRecordsResult = {
  topic: TopicDetail;
  deleted: { partition: number; before: number; records: number }[];
};

/**
 * POST /api/topics/:topic/delete-records: delete the records below `before` (default: the high watermark,
 * i.e. everything) in one partition or all. Every target is checked first, so a bad one changes nothing.
 */
export function deleteRecords(
  name: string,
  { partition, before }: { partition?: number; before?: number },
): Promise<DeleteRecordsResult> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    if (topic.isInternal || name.startsWith('__'))
      throw new AppError(
        'bad_request',
        `"${name}" is an internal Kafka topic; deleting its records would break the cluster.`,
      );
    const parts = topic.partitionMetadata;
    if (partition !== undefined && !parts.some((p) => p.partitionId === partition)) {
      throw new AppError(
        'not_found',
        `"${name}" has no partition ${partition}; its partitions are 0 to ${parts.length - 1}.`,
      );
    }
    const chosen = parts.filter((p) => partition === undefined || p.partitionId === partition);
    const offline = chosen.filter((p) => p.leader < 0).map((p) => p.partitionId);
    if (offline.length) {
      throw new AppError(
        'broker_unavailable',
        `Partition ${offline.join(', ')} has no leader; nothing was deleted.`,
      );
    }
    const wm = await watermarks([{ ...topic, partitionMetadata: chosen }]);
    const plan = chosen.map((p) => {
      const k = key(name, p.partitionId);
      const low = wm.low.get(k) ?? 0;
      const high = wm.high.get(k) ?? 0;
      const target = before ?? high;
      if (target > high) {
        throw new AppError(
          'bad_request',
          `Offset ${target} is beyond partition ${p.partitionId}'s high watermark (${high}); nothing was deleted.`,
        );
      }
      return {
        partition: p.partitionId,
        leader: p.leader,
        before: Math.max(target, low),
        records: Math.max(0, target - low),
      };
    });
    const byLeader = new Map<number, typeof plan>();
    for (const p of plan.filter((x) => x.records > 0))
      byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p]);
    await Promise.all(
      [...byLeader].map(async ([leader, ps]) => {
        const broker = (await brokerById(leader)) as DeleteRecordsBroker;
        await broker.deleteRecords({
          topics: [
            {
              topic: name,
              partitions: ps.map((p) => ({ partition: p.partition, offset: String(p.before) })),
            },
          ],
        });
      }),
    );
    return {
      topic: await getTopic(name),
      deleted: plan.map(({ partition: p, before: b, records }) => ({ partition: p, before: b, records })),
    };
  });
}
