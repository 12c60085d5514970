import 'server-only';
import type { InternalBroker } from '@/lib/kafka/wire/internals';
import { readCompactStrings, sendRequest } from '@/lib/kafka/wire/send';
import { describeNewGroups, readAssignment, type DescribedGroup, type TopicPartitions } from './groups';

// Share groups (KIP-932, "queues for Kafka"), which kafkajs knows nothing of. Both requests go to the
// group's coordinator. Layouts: ShareGroupDescribe{Request,Response}.json (API 77, v1: the first stable
// one, Kafka 4.1) and DescribeShareGroupOffsets{Request,Response}.json (API 90; v1, Kafka 4.2+, adds the
// lag the broker computes per share-partition) in clients/src/main/resources/common/message (apache/kafka).

export type ShareGroupMember = {
  memberId: string;
  clientId: string;
  clientHost: string;
  rack: string | null;
  subscribedTopics: string[];
  assignment: TopicPartitions[];
};
export type ShareGroupDescription = DescribedGroup<ShareGroupMember>;

export function shareGroupDescribe(
  broker: InternalBroker,
  groupIds: string[],
  timeoutMs?: number,
): Promise<ShareGroupDescription[]> {
  const api = { apiKey: 77, apiName: 'ShareGroupDescribe', versions: [1], flexibleFrom: 1 };
  return describeNewGroups(
    broker,
    api,
    groupIds,
    (m) => {
      const memberId = m.readUVarIntString() ?? '';
      const rack = m.readUVarIntString();
      m.readInt32(); // member epoch
      const clientId = m.readUVarIntString() ?? '';
      const clientHost = m.readUVarIntString() ?? '';
      const subscribedTopics = readCompactStrings(m);
      const assignment = readAssignment(m);
      m.readTaggedFields();
      return { memberId, rack, clientId, clientHost, subscribedTopics, assignment };
    },
    timeoutMs,
  );
}

export type SharePartitionOffset = {
  topic: string;
  partition: number;
  /** the share-partition start offset: every record before it is acknowledged or archived; -1 when none */
  startOffset: number;
  /** v1+: the broker's own lag of the share-partition; null below v1 or when the broker cannot tell (-1) */
  lag: number | null;
  errorCode: number;
  errorMessage: string | null;
};

export type ShareGroupOffsets = {
  groupId: string;
  errorCode: number;
  errorMessage: string | null;
  partitions: SharePartitionOffset[];
};

/** Start offsets (and on v1 the lag) of every share-partition of these share groups, in one request. */
export function describeShareGroupOffsets(
  broker: InternalBroker,
  groupIds: string[],
  timeoutMs?: number,
): Promise<ShareGroupOffsets[]> {
  return sendRequest(broker, {
    apiKey: 90,
    apiName: 'DescribeShareGroupOffsets',
    versions: [0, 1],
    flexibleFrom: 0,
    timeoutMs,
    encode: (e) => {
      e.writeUVarInt(groupIds.length + 1);
      for (const id of groupIds) {
        e.writeUVarIntString(id);
        e.writeUVarInt(0); // Topics: null = every topic-partition of the group
        e.writeUVarIntBytes();
      }
      e.writeUVarIntBytes();
    },
    decode: (d, v) => {
      d.readInt32(); // throttle
      return (
        d.readUVarIntArray((g) => {
          const groupId = g.readUVarIntString() ?? '';
          const partitions: SharePartitionOffset[] = [];
          g.readUVarIntArray((t) => {
            const topic = t.readUVarIntString() ?? '';
            t.forward(16); // topic id
            t.readUVarIntArray((p) => {
              const partition = p.readInt32();
              const startOffset = Number(p.readInt64());
              p.readInt32(); // leader epoch
              const lag = v >= 1 ? Number(p.readInt64()) : -1;
              const errorCode = p.readInt16();
              const errorMessage = p.readUVarIntString();
              p.readTaggedFields();
              partitions.push({
                topic,
                partition,
                startOffset,
                lag: lag >= 0 ? lag : null,
                errorCode,
                errorMessage,
              });
              return null;
            });
            t.readTaggedFields();
            return null;
          });
          const errorCode = g.readInt16();
          const errorMessage = g.readUVarIntString();
          g.readTaggedFields();
          return { groupId, errorCode, errorMessage, partitions };
        }) ?? []
      );
    },
  });
}
