import 'server-only';
import type { CreateTopicInput } from '@/lib/schemas/topics';
import type { TopicDetail } from '@/lib/types';
import { AppError } from '@/lib/http/errors';
import { getAdmin, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { forgetCleanupPolicy } from '@/lib/kafka/base/cleanup-policy';
import { toAppError } from '@/lib/kafka/base/errors';
import { brokerById, describeOne, fetchMetadata } from '@/lib/kafka/base/metadata';
import { watermarks } from '@/lib/kafka/base/offsets';
import { tpKey as key } from '@/lib/kafka/base/tp';
import { createTopics } from '@/lib/kafka/wire/requests/create-topics';
import { getTopic } from './list';

// Changing topics: create, delete, add partitions, delete records. Each answers once the change shows.

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
        const broker = await brokerById(leader);
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
