import 'server-only';
import { kafkaErrorType } from '@/lib/kafka/base/errors';
import { AssignerProtocol } from 'kafkajs';
import { getCluster, kafkaConfig } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { createErrorFromCode, failure, type InternalBroker } from '@/lib/kafka/wire/internals';
import { brokerById, fetchMetadata, type RawTopic } from '@/lib/kafka/base/metadata';
import {
  consumerGroupDescribe,
  listGroups,
  offsetFetchGroups,
  type ListedGroup,
  type TopicPartitions,
} from '@/lib/kafka/wire/requests/groups';
import { tpKey } from '@/lib/kafka/base/tp';
import { offsetFetchOne } from '@/lib/kafka/wire/requests/offset-fetch-one';
import { watermarks } from '@/lib/kafka/base/offsets';

// The raw state of consumer groups, batched by the protocol's own grain: ListGroups per broker (each lists
// the groups it coordinates), then per coordinator one DescribeGroups for the classic groups, one
// ConsumerGroupDescribe for the new-protocol ones and OffsetFetch for many groups at a time, then one
// ListOffsets per partition leader for the end offsets. Never a round-trip per group.

export type Member = {
  memberId: string;
  clientId: string;
  host: string;
  instanceId: string | null;
  assignment: TopicPartitions[];
};
export type RawGroup = {
  groupId: string;
  state: string;
  protocol: string;
  assignor: string | null;
  coordinator: number;
  members: Member[];
  /** committed offsets: tpKey -> offset */
  offsets: Map<string, { topic: string; partition: number; offset: number }>;
};
export type GroupsState = { at: number; groups: RawGroup[]; ends: Map<string, number> };

const OFFSET_FETCH_CHUNK = 250;
const DESCRIBE_CHUNK = 500;

// Groups that are not consumer groups (Kafka Connect workers, share groups) have no committed offsets.
const isConsumerGroup = (g: ListedGroup) =>
  g.protocolType !== 'connect' && g.type !== 'share' && g.protocolType !== 'share';

const chunks = <T>(list: T[], n: number) =>
  Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

function decodeAssignment(buf: Buffer): TopicPartitions[] {
  try {
    const a = AssignerProtocol.MemberAssignment.decode(buf);
    return a
      ? Object.entries(a.assignment).map(([topic, partitions]) => ({
          topic,
          partitions: [...partitions].sort((x, y) => x - y),
        }))
      : [];
  } catch {
    return []; // not a consumer's assignment (another protocol type): nothing to show
  }
}

const supports = (b: InternalBroker, apiKey: number) => Boolean(b.versions[apiKey]);

/** Describe groups on their coordinator: new-protocol groups with API 69, classic ones with DescribeGroups. */
async function describeOn(
  broker: InternalBroker,
  nodeId: number,
  listed: ListedGroup[],
): Promise<RawGroup[]> {
  const { requestTimeoutMs } = kafkaConfig();
  const modern = listed.filter((g) => g.type === 'consumer').map((g) => g.groupId);
  const classic = listed.filter((g) => g.type !== 'consumer').map((g) => g.groupId);
  const out: RawGroup[] = [];
  const [m, c] = await Promise.all([
    modern.length && supports(broker, 69)
      ? Promise.all(
          chunks(modern, DESCRIBE_CHUNK).map((ids) => consumerGroupDescribe(broker, ids, requestTimeoutMs)),
        )
      : Promise.resolve([]),
    Promise.all(chunks(classic, DESCRIBE_CHUNK).map((ids) => broker.describeGroups({ groupIds: ids }))),
  ]);
  for (const g of m.flat()) {
    if (failure(g.errorCode)) continue; // gone between ListGroups and now
    out.push({
      groupId: g.groupId,
      state: g.state,
      protocol: 'consumer',
      assignor: g.assignor || null,
      coordinator: nodeId,
      members: g.members.map((x) => ({
        memberId: x.memberId,
        clientId: x.clientId,
        host: x.clientHost,
        instanceId: x.instanceId,
        assignment: x.assignment.map((a) => ({ ...a, partitions: [...a.partitions].sort((p, q) => p - q) })),
      })),
      offsets: new Map(),
    });
  }
  for (const g of c.flatMap((r) => r.groups)) {
    if (failure(g.errorCode)) continue;
    out.push({
      groupId: g.groupId,
      state: g.state,
      protocol: 'classic',
      assignor: g.protocol || null,
      coordinator: nodeId,
      members: g.members.map((x) => ({
        memberId: x.memberId,
        clientId: x.clientId,
        host: x.clientHost,
        instanceId: null,
        assignment: decodeAssignment(x.memberAssignment),
      })),
      offsets: new Map(),
    });
  }
  // A new-protocol group the broker could not describe with API 69: say what is unknown, not "Dead".
  const seen = new Set(out.map((g) => g.groupId));
  for (const g of listed)
    if (!seen.has(g.groupId) && g.type === 'consumer')
      out.push({
        groupId: g.groupId,
        state: g.state ?? 'Unknown',
        protocol: 'consumer',
        assignor: null,
        coordinator: nodeId,
        members: [],
        offsets: new Map(),
      });
  return out;
}

/** Committed offsets of these groups, many groups per OffsetFetch (one per request on old brokers). */
export async function fetchOffsetsOn(broker: InternalBroker, groups: RawGroup[]) {
  const { requestTimeoutMs } = kafkaConfig();
  const byId = new Map(groups.map((g) => [g.groupId, g]));
  // Brokers without OffsetFetch v8 (Kafka before 3.0, older Redpanda) answer one group per request.
  const batched = (broker.versions[9]?.maxVersion ?? 0) >= 8;
  const answers = batched
    ? await Promise.all(
        chunks(groups, OFFSET_FETCH_CHUNK).map((part) =>
          offsetFetchGroups(
            broker,
            part.map((g) => ({ groupId: g.groupId, topics: null })),
            requestTimeoutMs,
          ),
        ),
      )
    : [await Promise.all(groups.map((g) => offsetFetchOne(broker, g.groupId, requestTimeoutMs)))];
  for (const a of answers.flat()) {
    const g = byId.get(a.groupId);
    if (!g) continue;
    if (failure(a.errorCode)) throw createErrorFromCode(a.errorCode);
    for (const t of a.topics)
      for (const p of t.partitions)
        if (!failure(p.errorCode) && p.offset >= 0)
          g.offsets.set(tpKey(t.topic, p.partition), {
            topic: t.topic,
            partition: p.partition,
            offset: p.offset,
          });
  }
}

/** Metadata of these topics; topics that no longer exist are left out (groups keep offsets of deleted topics). */
export async function topicsMetadata(names: string[]): Promise<RawTopic[]> {
  if (!names.length) return [];
  try {
    return (await fetchMetadata(names)).meta.topicMetadata.filter((t) => t.topicErrorCode === 0);
  } catch (e) {
    if (!(e as { type?: string }).type) throw e;
    const wanted = new Set(names);
    return (await fetchMetadata()).meta.topicMetadata.filter((t) => wanted.has(t.topic));
  }
}

/** End offsets (high watermarks) of every partition of the topics these groups committed on or are assigned. */
async function endOffsets(groups: RawGroup[]) {
  const topics = new Set<string>();
  for (const g of groups) {
    for (const o of g.offsets.values()) topics.add(o.topic);
    for (const m of g.members) for (const a of m.assignment) topics.add(a.topic);
  }
  const meta = await topicsMetadata([...topics]);
  return (await watermarks(meta, 'high')).high;
}

async function fill(groups: RawGroup[]) {
  const byCoordinator = new Map<number, RawGroup[]>();
  for (const g of groups) byCoordinator.set(g.coordinator, [...(byCoordinator.get(g.coordinator) ?? []), g]);
  await Promise.all([...byCoordinator].map(async ([id, gs]) => fetchOffsetsOn(await brokerById(id), gs)));
  return endOffsets(groups);
}

/** Every consumer group of the cluster with members, committed offsets and the end offsets they need. */
export async function collectGroups(): Promise<GroupsState> {
  const at = Date.now();
  const cluster = await getCluster();
  await cluster.refreshMetadataIfNecessary();
  const brokers = cluster.brokerPool.metadata?.brokers ?? [];
  const perBroker = await Promise.all(
    brokers.map(async ({ nodeId }) => {
      const broker = await brokerById(nodeId);
      const listed = (await listGroups(broker, kafkaConfig().requestTimeoutMs)).filter(isConsumerGroup);
      return describeOn(broker, nodeId, listed);
    }),
  );
  const groups = perBroker.flat();
  const ends = await fill(groups);
  return { at, groups, ends };
}

// The coordinator moved or is still loading the group (a broker restarted, or a fresh cluster creating
// __consumer_offsets): ask again, briefly, as the Java client does.
const COORDINATOR_MOVING = new Set([
  'GROUP_LOAD_IN_PROGRESS',
  'GROUP_COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR_FOR_GROUP',
]);

/** One group, from its coordinator. Throws not_found when Kafka knows nothing of it. */
export async function collectGroup(groupId: string): Promise<GroupsState & { group: RawGroup }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await collectGroupOnce(groupId);
    } catch (e) {
      if (attempt >= 10 || !COORDINATOR_MOVING.has(kafkaErrorType(e) ?? '')) throw e;
      await new Promise((r) => setTimeout(r, 200 * Math.min(attempt, 3)));
    }
  }
}

async function collectGroupOnce(groupId: string): Promise<GroupsState & { group: RawGroup }> {
  const at = Date.now();
  const cluster = await getCluster();
  const broker = await cluster.findGroupCoordinator({ groupId });
  const { requestTimeoutMs } = kafkaConfig();
  const [modern, classic] = await Promise.all([
    supports(broker, 69)
      ? consumerGroupDescribe(broker, [groupId], requestTimeoutMs).then((r) => r[0])
      : Promise.resolve(undefined),
    broker.describeGroups({ groupIds: [groupId] }).then((r) => r.groups[0]),
  ]);
  const listed: ListedGroup =
    modern && !failure(modern.errorCode)
      ? { groupId, protocolType: 'consumer', state: modern.state, type: 'consumer' }
      : {
          groupId,
          protocolType: classic?.protocolType ?? '',
          state: classic?.state ?? 'Dead',
          type: 'classic',
        };
  const [group] = await describeOn(broker, broker.nodeId, [listed]);
  if (!group) throw new AppError('not_found', `Consumer group "${groupId}" does not exist.`);
  await fetchOffsetsOn(broker, [group]);
  // DescribeGroups answers "Dead" for an id Kafka has never seen: with no offsets either, it does not exist.
  if (group.protocol === 'classic' && group.state === 'Dead' && group.offsets.size === 0)
    throw new AppError('not_found', `Consumer group "${groupId}" does not exist.`);
  const ends = await endOffsets([group]);
  return { at, groups: [group], ends, group };
}
