import 'server-only';
import { brokerById, type RawTopic } from './metadata';
import { onLane, throwIfFailed } from '@/lib/kafka/wire/internals';
import { listOffsetsRequest } from '@/lib/kafka/wire/requests/list-offsets';
import { toAppError } from './errors';
import { tpKey } from './tp';

// ListOffsets, the one way: one request per leader broker for all the partitions it leads.

export const LATEST = -1;
export const EARLIEST = -2;
/** The high watermark (ListOffsets LATEST), not the last stable offset. */
export const READ_UNCOMMITTED = 0;
/** LATEST is the last stable offset: the end a read_committed reader reaches. */
export const READ_COMMITTED = 1;

/** leader node id -> topic -> partitions */
export type Leaders = Map<number, Map<string, number[]>>;

/** The partitions of these topics grouped by leader; those without a leader (every replica down) apart. */
export function byLeader(
  topics: RawTopic[],
  only?: (topic: string, partition: number) => boolean,
): { leaders: Leaders; leaderless: { topic: string; partition: number }[] } {
  const leaders: Leaders = new Map();
  const leaderless: { topic: string; partition: number }[] = [];
  for (const t of topics)
    for (const p of t.partitionMetadata) {
      if (only && !only(t.topic, p.partitionId)) continue;
      if (p.leader < 0) {
        leaderless.push({ topic: t.topic, partition: p.partitionId });
        continue;
      }
      const m = leaders.get(p.leader) ?? new Map<string, number[]>();
      m.set(t.topic, [...(m.get(t.topic) ?? []), p.partitionId]);
      leaders.set(p.leader, m);
    }
  return { leaders, leaderless };
}

/** A broker that cannot be reached (not a broker that answered with an error). */
export const brokerDown = (e: unknown) => {
  if ((e as { type?: string }).type) return false;
  const code = toAppError(e).code;
  return code === 'broker_unavailable' || code === 'timeout';
};

export type OffsetsRequest = {
  leaders: Leaders;
  /** LATEST, EARLIEST, or a time in ms (the first offset at or after it, -1 when there is none). */
  timestamp: number | ((topic: string, partition: number) => number);
  isolationLevel?: number;
  /** Connection lane (0 = the broker's own connection). */
  lane?: number;
  /**
   * With `down`, a leader that cannot be reached does not fail the call: its partitions go into `down`
   * (key `tpKey`) with its node id, and are left out of the answer.
   */
  down?: Map<string, number>;
  /**
   * With `failed`, a partition the leader answered with an error (NOT_LEADER_OR_FOLLOWER while it loads
   * partitions it was just made leader of) goes into `failed` (key `tpKey`, the error code) and is left out;
   * without it, the first such error fails the call.
   */
  failed?: Map<string, number>;
};

/** ListOffsets per leader. Keys: `tpKey(topic, partition)`. */
export async function listOffsets(req: OffsetsRequest): Promise<Map<string, number>> {
  const { leaders, timestamp, isolationLevel = READ_UNCOMMITTED, lane = 0, down, failed } = req;
  const at = typeof timestamp === 'number' ? () => timestamp : timestamp;
  const out = new Map<string, number>();
  const ask = async (nodeId: number, parts: Map<string, number[]>) => {
    const broker = await brokerById(nodeId);
    const res = await listOffsetsRequest(
      lane ? onLane(broker, lane) : broker,
      isolationLevel,
      [...parts].map(([topic, ps]) => ({
        topic,
        partitions: ps.map((partition) => ({ partition, timestamp: at(topic, partition) })),
      })),
    );
    for (const p of res) {
      if (p.errorCode === 0) out.set(tpKey(p.topic, p.partition), p.offset);
      else if (failed) failed.set(tpKey(p.topic, p.partition), p.errorCode);
      else throwIfFailed(p.errorCode);
    }
  };
  await Promise.all(
    [...leaders].map(([nodeId, parts]) =>
      ask(nodeId, parts).catch((e: unknown) => {
        if (!down || !brokerDown(e)) throw e;
        for (const [topic, ps] of parts) for (const p of ps) down.set(tpKey(topic, p), nodeId);
      }),
    ),
  );
  return out;
}

/** ListOffsets for every partition (with a leader) of these topics at `timestamp`, high watermarks. */
export const offsetsAt = (topics: RawTopic[], timestamp: number, lane = 0, failed?: Map<string, number>) =>
  listOffsets({ leaders: byLeader(topics).leaders, timestamp, lane, failed });

/**
 * Low and high watermarks of every partition with a leader, two ListOffsets per leader broker (one when
 * only the high watermarks are asked for). Earliest goes over a second connection, so the broker answers
 * both at once.
 */
export async function watermarks(topics: RawTopic[], only?: 'high', failed?: Map<string, number>) {
  const [low, high] = await Promise.all([
    only === 'high' ? new Map<string, number>() : offsetsAt(topics, EARLIEST, 1, failed),
    offsetsAt(topics, LATEST, 0, failed),
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
        low: wm.low.get(tpKey(topic.topic, p.partitionId)) ?? 0,
        high: wm.high.get(tpKey(topic.topic, p.partitionId)) ?? 0,
      },
    ]),
  );
}
