import 'server-only';
import { AppError } from '@/lib/http/errors';
import { withKafka } from '@/lib/kafka/base/client';
import { toAppError } from '@/lib/kafka/base/errors';
import { brokerById, describeOne, type RawTopic } from '@/lib/kafka/base/metadata';
import { EARLIEST, READ_COMMITTED, brokerDown, byLeader, listOffsets } from '@/lib/kafka/base/offsets';
import { tpKey } from '@/lib/kafka/base/tp';
import { committedRecords } from '@/lib/kafka/wire/batch';
import { onLane, type RawRecord } from '@/lib/kafka/wire/internals';
import { NO_LEADER, leaderDown, type Availability } from './availability';

// Fetching for a group-less read: partitions straight from their leaders, the way Java's assign() reads,
// read_committed (no aborted records, no transaction markers), over the read's own connection lane.

const FETCH_MAX_BYTES = 8 * 1024 * 1024;
export const PARTITION_MAX_BYTES = 2 * 1024 * 1024;
/** How long a read keeps retrying when the whole cluster is unreachable before it gives up with an error. */
const RETRY_WINDOW_MS = 30_000;
/** While some partitions are unavailable, the topic's leaders are looked up again at most this often. */
const UNAVAILABLE_RECHECK_MS = 1000;

/** What a fetch needs to know of the read it serves. */
export type ReadTarget = {
  name: string;
  topic: RawTopic;
  lane: number;
  signal: AbortSignal;
  availability: Availability;
};

/**
 * Where one partition's read stands: the next offset to fetch, and the offset it stops before. `maxBytes`:
 * what to ask of this partition in a fetch (default PARTITION_MAX_BYTES; the broker still answers at least
 * one whole record batch however small it is).
 */
export type PartitionRead = { partition: number; next: number; end: number; maxBytes?: number };

export type Fetched = Map<number, { records: RawRecord[]; next: number }>;

/** The first fetch of a bounded read, before any record size is known: a few hundred small records. */
const FIRST_FETCH_BYTES = 64 * 1024;

/**
 * What to ask of a partition for `count` more records whose mean size so far is `recordBytes` (0: not
 * known yet); undefined (the default 2 MiB) when the count is unbounded (a filter must see everything).
 */
export function fetchBytes(count: number, recordBytes: number): number | undefined {
  if (!Number.isFinite(count)) return undefined;
  if (!recordBytes) return FIRST_FETCH_BYTES;
  return Math.min(PARTITION_MAX_BYTES, Math.ceil(count * recordBytes * 1.25) + 1024);
}

/** Records' mean size as fetched (key, value, headers, ~70 bytes of framing); 0 for none. */
export function meanRecordSize(records: RawRecord[]): number {
  if (!records.length) return 0;
  let n = 0;
  for (const r of records) {
    n += 70 + (r.key?.length ?? 0) + (r.value?.length ?? 0);
    if (r.headers)
      for (const k in r.headers) {
        const v = r.headers[k];
        for (const b of Array.isArray(v) ? v : v === undefined ? [] : [v]) n += k.length + b.length;
      }
  }
  return n / records.length;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The partitions' leaders; throws broker_unavailable when one has none. */
function leadersOf(topic: RawTopic, partitions: number[]) {
  const { leaders, leaderless } = byLeader([topic], (_, p) => partitions.includes(p));
  if (leaderless.length)
    throw new AppError(
      'broker_unavailable',
      `Partition ${leaderless[0]!.partition} has no leader right now.`,
    );
  return leaders;
}

/**
 * ListOffsets (read_committed) for these partitions of the read's topic, per partition. With `down`, a
 * partition without a reachable leader goes into `down` with the reason instead of failing the call.
 */
export async function partitionOffsets(
  t: Pick<ReadTarget, 'name' | 'topic'>,
  partitions: number[],
  timestamp: (partition: number) => number,
  down?: Map<number, string>,
): Promise<Map<number, number>> {
  const { leaders } = down
    ? byLeader([t.topic], (_, p) => partitions.includes(p))
    : { leaders: leadersOf(t.topic, partitions) };
  const unreachable = down && new Map<string, number>();
  const got = await listOffsets({
    leaders,
    timestamp: (_, p) => timestamp(p),
    isolationLevel: READ_COMMITTED,
    down: unreachable,
  });
  const out = new Map<number, number>();
  for (const p of partitions) {
    const k = tpKey(t.name, p);
    const offset = got.get(k);
    if (offset !== undefined) out.set(p, offset);
    const nodeId = unreachable?.get(k);
    if (nodeId !== undefined) down!.set(p, leaderDown(nodeId));
  }
  return out;
}

/**
 * One fetch round for `parts` (all of one topic): per leader one request, over the read's lane. Answers the
 * records per partition (committed, at or after the requested offset) and the next offset. A leader change
 * refreshes the leaders and retries; a partition whose data was deleted under us (offset out of range)
 * moves to its new start. A partition whose leader cannot be reached (its broker is down) or that has no
 * leader is left out of the answer and noted in `t.availability`: the others go on.
 */
export async function fetchRound(
  t: ReadTarget,
  parts: PartitionRead[],
  maxWaitTime: number,
): Promise<Fetched> {
  const out: Fetched = new Map();
  const down = new Map<number, string>();
  const partitions = parts.map((p) => p.partition);
  for (let attempt = 0; ; attempt++) {
    try {
      const { leaders, leaderless } = byLeader([t.topic], (_, p) => partitions.includes(p));
      for (const { partition } of leaderless) down.set(partition, NO_LEADER);
      const leaderIds = [...leaders.keys()];
      const results = await Promise.allSettled(
        leaderIds.map(async (nodeId) => {
          const broker = onLane(await brokerById(nodeId), t.lane);
          const ps = leaders.get(nodeId)!.get(t.name) ?? [];
          const wanted = parts.filter((p) => ps.includes(p.partition));
          const res = await broker.fetch({
            isolationLevel: READ_COMMITTED,
            maxWaitTime,
            minBytes: 1,
            maxBytes: FETCH_MAX_BYTES,
            topics: [
              {
                topic: t.name,
                partitions: wanted.map((p) => ({
                  partition: p.partition,
                  fetchOffset: String(p.next),
                  maxBytes: p.maxBytes ?? PARTITION_MAX_BYTES,
                })),
              },
            ],
          });
          for (const r of res.responses)
            for (const pd of r.partitions) {
              const asked = wanted.find((w) => w.partition === pd.partition)!;
              // Skip past aborted records and transaction markers too, not only the kept ones.
              const last = pd.messages.at(-1);
              const next = last ? Math.max(asked.next, Number(last.offset) + 1) : asked.next;
              out.set(pd.partition, { records: committedRecords(asked.next, pd), next });
            }
        }),
      );
      let rethrow: unknown;
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') return;
        // Protocol answers (leader moved, offset out of range) are handled below for the whole round.
        const nodeId = leaderIds[i]!;
        if (!brokerDown(r.reason)) rethrow ??= r.reason;
        else for (const p of leaders.get(nodeId)!.get(t.name) ?? []) down.set(p, leaderDown(nodeId));
      });
      if (rethrow) throw rethrow;
      t.availability.note(partitions, down);
      return out;
    } catch (e) {
      const type = (e as { type?: string }).type ?? '';
      if (/NOT_LEADER|LEADER_NOT_AVAILABLE|UNKNOWN_TOPIC_OR_PARTITION/.test(type) && attempt < 4) {
        // The leader moved and the broker said so: describe the topic again and ask the new leader.
        await sleep(100 * (attempt + 1));
        t.topic = (await describeOne(t.name)).topic;
        down.clear();
        continue;
      }
      if (type === 'OFFSET_OUT_OF_RANGE' && attempt < 4) {
        const readable = partitions.filter((p) => !down.has(p));
        const lows = await partitionOffsets(t, readable, () => EARLIEST);
        for (const p of parts) p.next = Math.max(p.next, lows.get(p.partition) ?? p.next);
        down.clear();
        continue;
      }
      throw e;
    }
  }
}

/** The topic described again, or as it was when that fails. */
const redescribe = async (t: ReadTarget) =>
  (await withKafka(() => describeOne(t.name)).catch(() => null))?.topic ?? t.topic;

/**
 * fetchRound within the call bound, retried while the cluster is unreachable. Partitions that stay
 * unavailable do not fail the read: they are left out of the answer (see t.availability), the topic's
 * leaders are looked up again every second to notice when they come back, and when nothing at all could
 * be fetched the call waits that second instead of spinning.
 */
export async function fetchRetrying(t: ReadTarget, parts: PartitionRead[], maxWaitTime: number) {
  let firstFailure = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      if (t.availability.size && Date.now() - t.availability.lastRecheck > UNAVAILABLE_RECHECK_MS) {
        t.availability.lastRecheck = Date.now();
        t.topic = await redescribe(t);
      }
      const got = await withKafka(() => fetchRound(t, parts, maxWaitTime));
      if (got.size === 0 && parts.every((p) => t.availability.has(p.partition)))
        await sleep(UNAVAILABLE_RECHECK_MS);
      return got;
    } catch (e) {
      const err = toAppError(e);
      const retriable = err.code === 'broker_unavailable' || err.code === 'timeout';
      firstFailure ||= Date.now();
      if (!retriable || t.signal.aborted || Date.now() - firstFailure > RETRY_WINDOW_MS) throw err;
      await sleep(Math.min(1000, 200 * (attempt + 1)));
      t.topic = await redescribe(t);
    }
  }
}
