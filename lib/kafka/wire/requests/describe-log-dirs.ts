import 'server-only';
import {
  DecoderClass,
  EncoderClass,
  createErrorFromCode,
  failure,
  pickVersion,
  type InternalBroker,
} from '@/lib/kafka/wire/internals';

// DescribeLogDirs (API 35) v1: the size on disk of every partition replica a broker holds. kafkajs lacks it.
// v1 is not flexible and is the lowest version Kafka 4.x accepts. Sent to EACH broker: a broker only reports
// its own log dirs. Layout: DescribeLogDirs{Request,Response}.json in apache/kafka.
const API_KEY = 35;

export type ReplicaSize = { topic: string; partition: number; size: number; isFuture: boolean };

/** Sizes of the replicas `broker` holds, for `topics` (null = all topics). */
export async function describeLogDirs(
  broker: InternalBroker,
  topics: { topic: string; partitions: number[] }[] | null,
  timeoutMs: number,
): Promise<ReplicaSize[]> {
  const apiVersion = pickVersion(broker, API_KEY, [1], 'DescribeLogDirs');
  const result = await broker.connectionPool.send({
    requestTimeout: timeoutMs,
    request: {
      apiKey: API_KEY,
      apiVersion,
      apiName: 'DescribeLogDirs',
      encode: async () => {
        const e = new EncoderClass();
        if (topics === null) return e.writeInt32(-1); // null array: every topic
        return e.writeArray(
          topics.map((t) => new EncoderClass().writeString(t.topic).writeArray(t.partitions, 'int32')),
        );
      },
    },
    response: {
      decode: async (raw: Buffer) => {
        const d = new DecoderClass(raw);
        d.readInt32(); // throttle time
        return d.readArray((r) => ({
          errorCode: r.readInt16(),
          logDir: r.readString(),
          topics: r.readArray((t) => ({
            name: t.readString() ?? '',
            partitions: t.readArray((p) => ({
              partition: p.readInt32(),
              size: p.readInt64(),
              offsetLag: p.readInt64(),
              isFuture: p.readBoolean(),
            })),
          })),
        }));
      },
      parse: async (data) => data,
    },
  });
  const dirs = result as {
    errorCode: number;
    topics: { name: string; partitions: { partition: number; size: bigint; isFuture: boolean }[] }[];
  }[];
  const out: ReplicaSize[] = [];
  for (const dir of dirs) {
    // A failed log dir (KAFKA_STORAGE_ERROR) reports no sizes; the others still count.
    if (failure(dir.errorCode)) {
      if (dirs.length === 1) throw createErrorFromCode(dir.errorCode);
      continue;
    }
    for (const t of dir.topics)
      for (const p of t.partitions)
        out.push({ topic: t.name, partition: p.partition, size: Number(p.size), isFuture: p.isFuture });
  }
  return out;
}
