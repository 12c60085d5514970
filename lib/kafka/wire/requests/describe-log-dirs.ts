import 'server-only';
import { throwIfFailed, type InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';

// DescribeLogDirs (API 35) v1: the size on disk of every partition replica a broker holds. kafkajs lacks it.
// v1 is not flexible and is the lowest version Kafka 4.x accepts. Sent to EACH broker: a broker only reports
// its own log dirs. Layout: DescribeLogDirs{Request,Response}.json in apache/kafka.

export type ReplicaSize = { topic: string; partition: number; size: number; isFuture: boolean };

/** Sizes of the replicas `broker` holds, for `topics` (null = all topics). */
export async function describeLogDirs(
  broker: InternalBroker,
  topics: { topic: string; partitions: number[] }[] | null,
  timeoutMs: number,
): Promise<ReplicaSize[]> {
  const dirs = await sendRequest(broker, {
    apiKey: 35,
    apiName: 'DescribeLogDirs',
    versions: [1],
    flexibleFrom: 2,
    timeoutMs,
    encode: (e, _v, sub) => {
      if (topics === null)
        e.writeInt32(-1); // null array: every topic
      else e.writeArray(topics.map((t) => sub().writeString(t.topic).writeArray(t.partitions, 'int32')));
    },
    decode: (d) => {
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
  });
  const out: ReplicaSize[] = [];
  for (const dir of dirs) {
    // A failed log dir (KAFKA_STORAGE_ERROR) reports no sizes; the others still count.
    if (dir.errorCode) {
      if (dirs.length === 1) throwIfFailed(dir.errorCode);
      continue;
    }
    for (const t of dir.topics)
      for (const p of t.partitions)
        out.push({ topic: t.name, partition: p.partition, size: Number(p.size), isFuture: p.isFuture });
  }
  return out;
}
