import 'server-only';
import {
  createErrorFromCode,
  failure,
  type Decoder,
  type Encoder,
  type InternalBroker,
} from '@/lib/kafka/wire/internals';
import {
  readCompactInt32s,
  readCompactStrings,
  sendRequest,
  writeCompactInt32s,
} from '@/lib/kafka/wire/send';

// Group requests kafkajs lacks or sends in a form that costs a round-trip per group. Layouts:
// clients/src/main/resources/common/message/*.json in apache/kafka (checked against kafka-clients 4.1.2).

// ListGroups (16) v3+ is flexible; v4 adds the state, v5 the type (classic / consumer / share / streams).
// Sent to every broker: each lists the groups it coordinates, so the answer also names the coordinator.
export type ListedGroup = {
  groupId: string;
  protocolType: string;
  state: string | null;
  type: string | null;
};

export function listGroups(broker: InternalBroker, timeoutMs?: number): Promise<ListedGroup[]> {
  return sendRequest(broker, {
    apiKey: 16,
    apiName: 'ListGroups',
    versions: [3, 4, 5],
    flexibleFrom: 3,
    timeoutMs,
    encode: (e, v) => {
      if (v >= 4) e.writeUVarInt(1); // StatesFilter: empty = all
      if (v >= 5) e.writeUVarInt(1); // TypesFilter: empty = all
      e.writeUVarIntBytes();
    },
    decode: (d, v) => {
      d.readInt32(); // throttle
      const errorCode = d.readInt16();
      if (failure(errorCode)) throw createErrorFromCode(errorCode);
      return (
        d.readUVarIntArray((g) => {
          const out: ListedGroup = {
            groupId: g.readUVarIntString() ?? '',
            protocolType: g.readUVarIntString() ?? '',
            state: v >= 4 ? g.readUVarIntString() : null,
            type: v >= 5 ? g.readUVarIntString() : null,
          };
          g.readTaggedFields();
          return out;
        }) ?? []
      );
    },
  });
}

// OffsetFetch (9) v8+: committed offsets of MANY groups in one request (all their topics when topics is null).
export type GroupOffsets = {
  groupId: string;
  errorCode: number;
  topics: { topic: string; partitions: { partition: number; offset: number; errorCode: number }[] }[];
};

export function offsetFetchGroups(
  broker: InternalBroker,
  groups: { groupId: string; topics: { topic: string; partitions: number[] }[] | null }[],
  timeoutMs?: number,
): Promise<GroupOffsets[]> {
  return sendRequest(broker, {
    apiKey: 9,
    apiName: 'OffsetFetch',
    versions: [8],
    flexibleFrom: 6,
    timeoutMs,
    encode: (e) => {
      e.writeUVarInt(groups.length + 1);
      for (const g of groups) {
        e.writeUVarIntString(g.groupId);
        if (g.topics === null) e.writeUVarInt(0);
        else {
          e.writeUVarInt(g.topics.length + 1);
          for (const t of g.topics) {
            e.writeUVarIntString(t.topic);
            writeCompactInt32s(e, t.partitions);
            e.writeUVarIntBytes();
          }
        }
        e.writeUVarIntBytes();
      }
      e.writeBoolean(false); // RequireStable
      e.writeUVarIntBytes();
    },
    decode: (d) => {
      d.readInt32(); // throttle
      return (
        d.readUVarIntArray((g) => {
          const groupId = g.readUVarIntString() ?? '';
          const topics =
            g.readUVarIntArray((t) => {
              const topic = t.readUVarIntString() ?? '';
              const partitions =
                t.readUVarIntArray((p) => {
                  const partition = p.readInt32();
                  const offset = Number(p.readInt64());
                  p.readInt32(); // committed leader epoch
                  p.readUVarIntString(); // metadata
                  const errorCode = p.readInt16();
                  p.readTaggedFields();
                  return { partition, offset, errorCode };
                }) ?? [];
              t.readTaggedFields();
              return { topic, partitions };
            }) ?? [];
          const errorCode = g.readInt16();
          g.readTaggedFields();
          return { groupId, errorCode, topics };
        }) ?? []
      );
    },
  });
}

// ConsumerGroupDescribe (69): groups on the new consumer protocol (KIP-848), which answer the classic
// DescribeGroups as "Dead" with no members.
export type TopicPartitions = { topic: string; partitions: number[] };
export type ConsumerGroupMember = {
  memberId: string;
  instanceId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopics: string[];
  assignment: TopicPartitions[];
};
/** A group as the KIP-848-style describe APIs answer it (ConsumerGroupDescribe, ShareGroupDescribe). */
export type DescribedGroup<M> = {
  groupId: string;
  errorCode: number;
  errorMessage: string | null;
  state: string;
  epoch: number;
  assignor: string;
  members: M[];
};
export type ConsumerGroupDescription = DescribedGroup<ConsumerGroupMember>;

export function readAssignment(d: Decoder): TopicPartitions[] {
  const tps =
    d.readUVarIntArray((t) => {
      t.forward(16); // topic id
      const topic = t.readUVarIntString() ?? '';
      const partitions = readCompactInt32s(t);
      t.readTaggedFields();
      return { topic, partitions };
    }) ?? [];
  d.readTaggedFields();
  return tps;
}

/**
 * ConsumerGroupDescribe (69) and ShareGroupDescribe (77) share their layout but for the member: GroupIds +
 * IncludeAuthorizedOperations in; per group error, id, state, epochs, assignor, members, operations out.
 */
export function describeNewGroups<M>(
  broker: InternalBroker,
  api: { apiKey: number; apiName: string; versions: number[]; flexibleFrom: number },
  groupIds: string[],
  readMember: (m: Decoder, version: number) => M,
  timeoutMs?: number,
): Promise<DescribedGroup<M>[]> {
  return sendRequest(broker, {
    ...api,
    timeoutMs,
    encode: (e) => {
      e.writeUVarInt(groupIds.length + 1);
      for (const id of groupIds) e.writeUVarIntString(id);
      e.writeBoolean(false); // IncludeAuthorizedOperations
      e.writeUVarIntBytes();
    },
    decode: (d, v) => {
      d.readInt32(); // throttle
      return (
        d.readUVarIntArray((g) => {
          const errorCode = g.readInt16();
          const errorMessage = g.readUVarIntString();
          const groupId = g.readUVarIntString() ?? '';
          const state = g.readUVarIntString() ?? '';
          const epoch = g.readInt32();
          g.readInt32(); // assignment epoch
          const assignor = g.readUVarIntString() ?? '';
          const members = g.readUVarIntArray((m) => readMember(m, v)) ?? [];
          g.readInt32(); // authorized operations
          g.readTaggedFields();
          return { groupId, errorCode, errorMessage, state, epoch, assignor, members };
        }) ?? []
      );
    },
  });
}

export function consumerGroupDescribe(
  broker: InternalBroker,
  groupIds: string[],
  timeoutMs?: number,
): Promise<ConsumerGroupDescription[]> {
  const api = { apiKey: 69, apiName: 'ConsumerGroupDescribe', versions: [0, 1], flexibleFrom: 0 };
  return describeNewGroups(
    broker,
    api,
    groupIds,
    (m, v) => {
      const memberId = m.readUVarIntString() ?? '';
      const instanceId = m.readUVarIntString();
      m.readUVarIntString(); // rack
      m.readInt32(); // member epoch
      const clientId = m.readUVarIntString() ?? '';
      const clientHost = m.readUVarIntString() ?? '';
      const subscribedTopics = readCompactStrings(m);
      m.readUVarIntString(); // subscribed regex
      const assignment = readAssignment(m);
      readAssignment(m); // target assignment
      if (v >= 1) m.readInt8(); // member type
      m.readTaggedFields();
      return { memberId, instanceId, clientId, clientHost, subscribedTopics, assignment };
    },
    timeoutMs,
  );
}

// OffsetDelete (47) v0, not flexible: drop a group's committed offsets for some partitions. Kafka refuses
// (GROUP_SUBSCRIBED_TO_TOPIC) while a member of the group is subscribed to the topic.
export function offsetDelete(
  broker: InternalBroker,
  groupId: string,
  topics: TopicPartitions[],
  timeoutMs?: number,
): Promise<{ topic: string; partition: number; errorCode: number }[]> {
  return sendRequest(broker, {
    apiKey: 47,
    apiName: 'OffsetDelete',
    versions: [0],
    flexibleFrom: Infinity,
    timeoutMs,
    encode: (e: Encoder) => {
      e.writeString(groupId);
      e.writeInt32(topics.length);
      for (const t of topics) {
        e.writeString(t.topic);
        e.writeInt32(t.partitions.length);
        for (const p of t.partitions) e.writeInt32(p);
      }
    },
    decode: (d) => {
      const errorCode = d.readInt16();
      d.readInt32(); // throttle
      if (failure(errorCode)) throw createErrorFromCode(errorCode);
      return d
        .readArray((t) => {
          const topic = t.readString() ?? '';
          return t.readArray((p) => ({ topic, partition: p.readInt32(), errorCode: p.readInt16() }));
        })
        .flat();
    },
  });
}
