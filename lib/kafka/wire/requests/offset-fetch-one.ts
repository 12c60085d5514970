import 'server-only';
import type { InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';
import type { GroupOffsets } from './groups';

// OffsetFetch (9) v2-v5, one group per request: for brokers without v8 (Kafka before 3.0, older Redpanda),
// which cannot answer many groups at once. v2+ takes a null topic list for "every topic the group has"
// (kafkajs's own OffsetFetch cannot send null). Not flexible below v6.

export function offsetFetchOne(
  broker: InternalBroker,
  groupId: string,
  timeoutMs?: number,
): Promise<GroupOffsets> {
  return sendRequest(broker, {
    apiKey: 9,
    apiName: 'OffsetFetch',
    versions: [2, 3, 4, 5],
    flexibleFrom: Infinity,
    timeoutMs,
    encode: (e) => {
      e.writeString(groupId);
      e.writeInt32(-1); // Topics: null = all
    },
    decode: (d, v) => {
      if (v >= 3) d.readInt32(); // throttle
      const topics = d.readArray((t) => {
        const topic = t.readString() ?? '';
        const partitions = t.readArray((p) => {
          const partition = p.readInt32();
          const offset = Number(p.readInt64());
          if (v >= 5) p.readInt32(); // committed leader epoch
          p.readString(); // metadata
          return { partition, offset, errorCode: p.readInt16() };
        });
        return { topic, partitions };
      });
      return { groupId, errorCode: d.readInt16(), topics };
    },
  });
}
