import 'server-only';
import { getCluster, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { brokerById } from '@/lib/kafka/base/metadata';
import { watermarks } from '@/lib/kafka/base/offsets';
import { tpKey } from '@/lib/kafka/base/tp';
import { AppError } from '@/lib/http/errors';
import { createErrorFromCode, failure, type InternalBroker } from '@/lib/kafka/wire/internals';
import { listGroups } from '@/lib/kafka/wire/requests/groups';
import {
  describeShareGroupOffsets,
  shareGroupDescribe,
  type ShareGroupDescription,
  type SharePartitionOffset,
} from '@/lib/kafka/wire/requests/share-groups';
import { FEATURES, brokerHasFeature } from '@/lib/kafka/base/features';
import { topicsMetadata } from './data';
import type { ShareGroupDetail, ShareGroupList, ShareGroupSummary } from '@/lib/types';

// Share groups (KIP-932): consumers that share a topic's partitions record by record, as a queue. Their
// progress is not a committed offset but a share-partition start offset (SPSO): every record before it is
// acknowledged or archived, records from it on may be in flight. Lag is what the broker reports (Kafka 4.2+,
// DescribeShareGroupOffsets v1); on older brokers it is end offset minus SPSO, an upper bound.
// Per coordinator: one ListGroups, one ShareGroupDescribe, one DescribeShareGroupOffsets for all its
// share groups; then ListOffsets per partition leader for the end offsets.

type Raw = { coordinator: number; description: ShareGroupDescription; offsets: SharePartitionOffset[] };

async function describeOn(broker: InternalBroker, groupIds: string[]): Promise<Raw[]> {
  if (!groupIds.length) return [];
  const timeout = kafkaConfig().requestTimeoutMs;
  const [descriptions, offsets] = await Promise.all([
    shareGroupDescribe(broker, groupIds, timeout),
    describeShareGroupOffsets(broker, groupIds, timeout),
  ]);
  const byGroup = new Map(offsets.map((o) => [o.groupId, o]));
  return descriptions
    .filter((d) => !failure(d.errorCode))
    .map((description) => {
      const o = byGroup.get(description.groupId);
      if (o && failure(o.errorCode)) throw createErrorFromCode(o.errorCode);
      return {
        coordinator: broker.nodeId,
        description,
        offsets: (o?.partitions ?? []).filter((p) => !failure(p.errorCode)),
      };
    });
}

/** High watermarks of every partition these groups hold a start offset on or are assigned. */
async function ends(raws: Raw[]) {
  const topics = new Set<string>();
  for (const r of raws) {
    for (const o of r.offsets) topics.add(o.topic);
    for (const m of r.description.members) for (const a of m.assignment) topics.add(a.topic);
  }
  return (await watermarks(await topicsMetadata([...topics]), 'high')).high;
}

function partitionsOf(r: Raw, high: Map<string, number>) {
  const owners = new Map<string, string[]>();
  for (const m of r.description.members)
    for (const a of m.assignment)
      for (const p of a.partitions) {
        const k = tpKey(a.topic, p);
        owners.set(k, [...(owners.get(k) ?? []), m.clientId || m.memberId]);
      }
  return r.offsets
    .map((o) => {
      const end = high.get(tpKey(o.topic, o.partition)) ?? null;
      const started = o.startOffset >= 0;
      const lag = o.lag ?? (started && end !== null ? Math.max(0, end - o.startOffset) : null);
      return {
        topic: o.topic,
        partition: o.partition,
        startOffset: started ? o.startOffset : null,
        end,
        lag,
        lagSource: o.lag !== null ? ('broker' as const) : ('end-minus-start' as const),
        consumers: owners.get(tpKey(o.topic, o.partition)) ?? [],
      };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

function summarize(r: Raw, high: Map<string, number>, partitions = partitionsOf(r, high)): ShareGroupSummary {
  const topics = new Set(partitions.map((p) => p.topic));
  for (const m of r.description.members) for (const t of m.subscribedTopics) topics.add(t);
  return {
    groupId: r.description.groupId,
    state: r.description.state,
    coordinator: r.coordinator,
    members: r.description.members.length,
    topics: [...topics].sort(),
    partitions: partitions.length,
    lag: partitions.reduce((sum, p) => sum + (p.lag ?? 0), 0),
  };
}

async function supported(broker: InternalBroker) {
  return brokerHasFeature(broker, 'share-groups', kafkaConfig().requestTimeoutMs);
}

/** Every share group of the cluster with its state, members and lag; or why the cluster has none. */
export function listShareGroups(): Promise<ShareGroupList> {
  return withKafka(async () => {
    const cluster = await getCluster();
    await cluster.refreshMetadataIfNecessary();
    const brokers = cluster.brokerPool.metadata?.brokers ?? [];
    const first = brokers[0] && (await brokerById(brokers[0].nodeId));
    if (!first || !(await supported(first)))
      return { supported: false, reason: FEATURES['share-groups'].reason, groups: [] };
    const raws = (
      await Promise.all(
        brokers.map(async ({ nodeId }) => {
          const broker = await brokerById(nodeId);
          const listed = await listGroups(broker, kafkaConfig().requestTimeoutMs);
          return describeOn(
            broker,
            listed.filter((g) => g.type === 'share').map((g) => g.groupId),
          );
        }),
      )
    ).flat();
    const high = await ends(raws);
    const groups = raws.map((r) => summarize(r, high)).sort((a, b) => a.groupId.localeCompare(b.groupId));
    return { supported: true, reason: null, groups };
  });
}

/** One share group: members with their assignment, and start offset, end and lag per partition. */
export function getShareGroup(groupId: string): Promise<ShareGroupDetail> {
  return withKafka(async () => {
    const cluster = await getCluster();
    const broker = await cluster.findGroupCoordinator({ groupId });
    if (!(await supported(broker)))
      throw new AppError('not_found', `Share group "${groupId}": ${FEATURES['share-groups'].reason}`);
    const [raw] = await describeOn(broker, [groupId]);
    if (!raw) throw new AppError('not_found', `Share group "${groupId}" does not exist.`);
    const high = await ends([raw]);
    const partitionList = partitionsOf(raw, high);
    return {
      ...summarize(raw, high, partitionList),
      assignor: raw.description.assignor || null,
      memberList: raw.description.members.map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        host: m.clientHost,
        rack: m.rack,
        subscribedTopics: [...m.subscribedTopics].sort(),
        assignment: m.assignment,
      })),
      partitionList,
    };
  });
}
