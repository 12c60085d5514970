import 'server-only';
import type { InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';

// ListOffsets (API 2) v2-v5, our own so that one partition's error does not fail the others: kafkajs throws
// for the whole request when any partition has an error code, and a broker still loading partitions it was
// just made leader of (topics just created, a leader just moved) answers NOT_LEADER_OR_FOLLOWER for those.
// v2-v5 are not flexible; v4 added the leader epochs. Layout: ListOffsets{Request,Response}.json in
// apache/kafka (Kafka 4.x accepts v1 and up, Kafka 3.9 and Redpanda v0 and up).

export type PartitionOffset = { topic: string; partition: number; errorCode: number; offset: number };

export async function listOffsetsRequest(
  broker: InternalBroker,
  isolationLevel: number,
  topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[],
): Promise<PartitionOffset[]> {
  const topicsOut = await sendRequest(broker, {
    apiKey: 2,
    apiName: 'ListOffsets',
    versions: [2, 3, 4, 5],
    flexibleFrom: 6,
    encode: (e, v, sub) => {
      e.writeInt32(-1); // replica id: a client
      e.writeInt8(isolationLevel);
      e.writeArray(
        topics.map((t) =>
          sub()
            .writeString(t.topic)
            .writeArray(
              t.partitions.map((p) => {
                const s = sub().writeInt32(p.partition);
                if (v >= 4) s.writeInt32(-1); // current leader epoch: unknown
                return s.writeInt64(p.timestamp);
              }),
            ),
        ),
      );
    },
    decode: (d, v) => {
      d.readInt32(); // throttle time
      return d.readArray((t) => {
        const topic = t.readString() ?? '';
        const partitions = t.readArray((p) => {
          const partition = p.readInt32();
          const errorCode = p.readInt16();
          p.readInt64(); // timestamp
          const offset = Number(p.readInt64());
          if (v >= 4) p.readInt32(); // leader epoch
          return { topic, partition, errorCode, offset };
        });
        return partitions;
      });
    },
  });
  return topicsOut.flat();
}
