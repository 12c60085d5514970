import 'server-only';
import { PREVIEW_BYTES, decodeBytes, toWire, type EncodingChoice } from '@/lib/decode';
import type { Message, ReadEvent, ReadQuery } from '@/lib/schemas/messages';
import { getCluster, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { toAppError } from '@/lib/kafka/base/errors';
import { closeLane, onLane, type InternalBroker } from '@/lib/kafka/wire/internals';
import { brokerById, type RawTopic } from '@/lib/kafka/base/metadata';
import { describeOne } from '@/lib/kafka/topics/service';
import type { MessageFilter } from './filter';

// The group-less reader: partitions are fetched straight from their leaders, the way Java's assign() reads,
// so viewing or tailing a topic never creates a consumer group. read_committed: no aborted records, no
// transaction markers. Each read takes a connection lane of its own (a long-poll of one viewer must not
// hold up another's) and gives it back when it ends.

const READ_COMMITTED = 1;
const LATEST = -1;
const EARLIEST = -2;
const FETCH_MAX_BYTES = 8 * 1024 * 1024;
const PARTITION_MAX_BYTES = 2 * 1024 * 1024;
const LIVE_WAIT_MS = 500;
/** Empty answers below a partition's end are asked again this many times, waiting this long each. */
const EMPTY_RETRIES = 3;
const EMPTY_RETRY_WAIT_MS = 200;
/** A filtered scan stops after this many messages or this long, and says so. */
export const SCAN_LIMIT = 2_000_000;
export const SCAN_TIME_MS = 60_000;

type RawRecord = {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[] | undefined>;
  isControlRecord: boolean;
  batchContext?: { timestampType?: number };
};
type FetchedPartition = {
  partition: number;
  errorCode: number;
  highWatermark: string;
  lastStableOffset?: string;
  abortedTransactions: unknown[];
  messages: RawRecord[];
};
type FetchBroker = InternalBroker & {
  fetch(args: {
    replicaId?: number;
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { topicName: string; partitions: FetchedPartition[] }[] }>;
  listOffsets(args: {
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string }[] }[] }>;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Batch = require('kafkajs/src/consumer/batch') as new (
  topic: string,
  fetchedOffset: string,
  partitionData: FetchedPartition,
) => { messages: RawRecord[] };

// --- lanes: one extra connection per concurrent read, reused -------------------------------------------
const g = globalThis as { __kafscopeLanes?: { free: number[]; next: number; active: number } };
const lanes = (g.__kafscopeLanes ??= { free: [], next: 10, active: 0 }); // 1-9: the topic list's lanes
// Idle lanes keep their connections for the next read, up to this many: a burst of viewers (tabs opening
// and closing, measured in stream-leaks.int.test.ts) must not leave a socket per lane it ever used.
const IDLE_LANES_KEPT = 4;
const acquireLane = () => {
  lanes.active++;
  lanes.free.sort((a, b) => b - a); // the lowest number last: the lanes most likely still connected
  return lanes.free.pop() ?? lanes.next++;
};
const releaseLane = (n: number) => {
  lanes.active--;
  lanes.free.push(n);
  if (lanes.free.length <= IDLE_LANES_KEPT) return;
  // Out of the free list while their connections close, so no read can pick one up half closed.
  const idle = [...lanes.free].sort((a, b) => a - b).slice(IDLE_LANES_KEPT);
  lanes.free = lanes.free.filter((x) => !idle.includes(x));
  void getCluster()
    .then((cluster) =>
      Promise.all(
        Object.values(cluster.brokerPool.brokers ?? {}).flatMap((b) =>
          idle.map((lane) => closeLane(b, lane)),
        ),
      ),
    )
    .catch(() => {}) // a cluster that is gone closes its connections anyway
    .finally(() => lanes.free.push(...idle));
};
/** How many reads are running right now (tests check that a closed stream leaves none). */
export const activeReads = () => lanes.active;

// --- offsets -----------------------------------------------------------------------------------------------
type Leaders = Map<number, number[]>; // leader node id -> partitions

/** The partitions' leaders; partitions without one (every replica's broker down) in `leaderless`. */
function splitByLeader(topic: RawTopic, partitions: number[]): { leaders: Leaders; leaderless: number[] } {
  const leaders: Leaders = new Map();
  const leaderless: number[] = [];
  for (const p of topic.partitionMetadata) {
    if (!partitions.includes(p.partitionId)) continue;
    if (p.leader < 0) leaderless.push(p.partitionId);
    else leaders.set(p.leader, [...(leaders.get(p.leader) ?? []), p.partitionId]);
  }
  return { leaders, leaderless };
}

function leadersOf(topic: RawTopic, partitions: number[]): Leaders {
  const { leaders, leaderless } = splitByLeader(topic, partitions);
  if (leaderless.length)
    throw new AppError('broker_unavailable', `Partition ${leaderless[0]} has no leader right now.`);
  return leaders;
}

// Why a partition cannot be read, as the stream and the viewer say it.
const NO_LEADER = 'no leader: every broker with a replica is down';
const leaderDown = (nodeId: number) => `its leader, broker ${nodeId}, cannot be reached`;

/** A broker that cannot be reached (not a broker that answered with an error). */
const brokerDown = (e: unknown) => {
  if ((e as { type?: string }).type) return false;
  const code = toAppError(e).code;
  return code === 'broker_unavailable' || code === 'timeout';
};

/**
 * ListOffsets per leader. With `down`, a leader that cannot be reached does not fail the call: its
 * partitions are added to `down` with the reason and left out of the answer.
 */
async function listOffsets(
  topicName: string,
  leaders: Leaders,
  timestamp: (p: number) => number,
  isolationLevel = READ_COMMITTED,
  down?: Map<number, string>,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  await Promise.all(
    [...leaders].map(async ([nodeId, ps]) => {
      if (!down) return ask(nodeId, ps);
      await ask(nodeId, ps).catch((e: unknown) => {
        if (!brokerDown(e)) throw e;
        for (const p of ps) down.set(p, leaderDown(nodeId));
      });
    }),
  );
  return out;

  async function ask(nodeId: number, ps: number[]) {
    const broker = (await brokerById(nodeId)) as FetchBroker;
    const r = await broker.listOffsets({
      isolationLevel,
      topics: [
        {
          topic: topicName,
          partitions: ps.map((partition) => ({ partition, timestamp: timestamp(partition) })),
        },
      ],
    });
    for (const t of r.responses) for (const p of t.partitions) out.set(p.partition, Number(p.offset));
  }
}

// --- messages ------------------------------------------------------------------------------------------------
const TS_TYPES = { 0: 'create', 1: 'log-append' } as const;

/**
 * A record decoded enough to filter it; the message as sent to the browser (`message`) is built only for
 * the records that are kept: a filtered scan of a million records builds a few.
 */
function toMessage(
  partition: number,
  r: RawRecord,
  keyAs: EncodingChoice,
  valueAs: EncodingChoice,
  limit = PREVIEW_BYTES,
) {
  const key = decodeBytes(r.key, keyAs);
  const value = decodeBytes(r.value, valueAs);
  const headers: { key: string; value: Buffer }[] = [];
  for (const [k, v] of Object.entries(r.headers ?? {}))
    for (const b of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.push({ key: k, value: b });
  const offset = Number(r.offset);
  const timestamp = Number(r.timestamp);
  let wire: Message | undefined;
  return {
    partition,
    offset,
    timestamp,
    key,
    value,
    headers,
    rawKey: r.key,
    rawValue: r.value,
    get message(): Message {
      wire ??= {
        partition,
        offset,
        timestamp,
        timestampType: TS_TYPES[r.batchContext?.timestampType as 0 | 1] ?? 'none',
        key: toWire(r.key, key, limit),
        value: toWire(r.value, value, limit),
        headers: headers.map((h) => ({
          key: h.key,
          value: toWire(h.value, decodeBytes(h.value, 'auto'), limit),
        })),
      };
      return wire;
    },
  };
}
export type Candidate = ReturnType<typeof toMessage>;

type PartitionRead = { partition: number; next: number; end: number };

type Fetched = Map<number, { records: RawRecord[]; next: number }>;

/**
 * One fetch round for `parts` (all of one topic): per leader one request, over this read's lane.
 * Answers the records per partition (committed, at or after the requested offset) and the next offset.
 * A leader change refreshes the leaders and retries; a partition whose data was deleted under us (offset
 * out of range) moves to its new start. A partition whose leader cannot be reached (its broker is down) or
 * that has no leader is left out of the answer and put in `ctx.unavailable`: the others go on.
 */
async function fetchRound(ctx: ReadContext, parts: PartitionRead[], maxWaitTime: number): Promise<Fetched> {
  const out: Fetched = new Map();
  const down = new Map<number, string>();
  for (let attempt = 0; ; attempt++) {
    try {
      const { leaders, leaderless } = splitByLeader(
        ctx.topic,
        parts.map((p) => p.partition),
      );
      for (const p of leaderless) down.set(p, NO_LEADER);
      const results = await Promise.allSettled(
        [...leaders].map(async ([nodeId, ps]) => {
          const broker = onLane((await brokerById(nodeId)) as FetchBroker, ctx.lane);
          const wanted = parts.filter((p) => ps.includes(p.partition));
          const res = await broker.fetch({
            isolationLevel: READ_COMMITTED,
            maxWaitTime,
            minBytes: 1,
            maxBytes: FETCH_MAX_BYTES,
            topics: [
              {
                topic: ctx.name,
                partitions: wanted.map((p) => ({
                  partition: p.partition,
                  fetchOffset: String(p.next),
                  maxBytes: PARTITION_MAX_BYTES,
                })),
              },
            ],
          });
          for (const t of res.responses)
            for (const pd of t.partitions) {
              const asked = wanted.find((w) => w.partition === pd.partition)!;
              const batch = new Batch(ctx.name, String(asked.next), pd);
              // Skip past aborted records and transaction markers too, not only the kept ones.
              const last = pd.messages.at(-1);
              const next = last ? Math.max(asked.next, Number(last.offset) + 1) : asked.next;
              out.set(pd.partition, { records: batch.messages, next });
            }
        }),
      );
      const leaderIds = [...leaders.keys()];
      let rethrow: unknown;
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') return;
        // Protocol answers (leader moved, offset out of range) are handled below for the whole round.
        if (!brokerDown(r.reason)) rethrow ??= r.reason;
        else for (const p of leaders.get(leaderIds[i]!)!) down.set(p, leaderDown(leaderIds[i]!));
      });
      if (rethrow) throw rethrow;
      noteAvailability(ctx, parts, down);
      return out;
    } catch (e) {
      const type = (e as { type?: string }).type ?? '';
      if (/NOT_LEADER|LEADER_NOT_AVAILABLE|UNKNOWN_TOPIC_OR_PARTITION/.test(type) && attempt < 4) {
        // The leader moved and the broker said so: describe the topic again and ask the new leader.
        await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        ctx.topic = (await describeOne(ctx.name)).topic;
        down.clear();
        continue;
      }
      if (type === 'OFFSET_OUT_OF_RANGE' && attempt < 4) {
        const lows = await listOffsets(
          ctx.name,
          leadersOf(
            ctx.topic,
            parts.map((p) => p.partition).filter((p) => !down.has(p)),
          ),
          () => EARLIEST,
        );
        for (const p of parts) p.next = Math.max(p.next, lows.get(p.partition) ?? p.next);
        down.clear();
        continue;
      }
      throw e;
    }
  }
}

/** Record which of the partitions just fetched are unavailable (and since when); flag a change. */
function noteAvailability(ctx: ReadContext, parts: PartitionRead[], down: Map<number, string>) {
  for (const p of parts) {
    const reason = down.get(p.partition);
    const was = ctx.unavailable.get(p.partition);
    if (reason && !was) {
      ctx.unavailable.set(p.partition, { reason, since: Date.now() });
      ctx.availabilityChanged = true;
    } else if (!reason && was) {
      ctx.unavailable.delete(p.partition);
      ctx.availabilityChanged = true;
    }
  }
}

/** The `partitions` event when availability changed since the last one (else null). */
function availabilityEvent(ctx: ReadContext): ReadEvent | null {
  if (!ctx.availabilityChanged) return null;
  ctx.availabilityChanged = false;
  return {
    type: 'partitions',
    unavailable: [...ctx.unavailable]
      .sort(([a], [b]) => a - b)
      .map(([partition, u]) => ({ partition, reason: u.reason, since: u.since })),
  };
}

/** How long a read keeps retrying when the whole cluster is unreachable before it gives up with an error. */
const RETRY_WINDOW_MS = 30_000;
/** While some partitions are unavailable, the topic's leaders are looked up again at most this often. */
const UNAVAILABLE_RECHECK_MS = 1000;

/**
 * fetchRound within the call bound, retried while the cluster is unreachable. Partitions that stay
 * unavailable do not fail the read: they are left out of the answer (see ctx.unavailable), the topic's
 * leaders are looked up again every second to notice when they come back, and when nothing at all could
 * be fetched the call waits that second instead of spinning.
 */
async function fetchRetrying(ctx: ReadContext, parts: PartitionRead[], maxWaitTime: number) {
  let firstFailure = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      if (ctx.unavailable.size && Date.now() - ctx.lastRecheck > UNAVAILABLE_RECHECK_MS) {
        ctx.lastRecheck = Date.now();
        ctx.topic = (await withKafka(() => describeOne(ctx.name)).catch(() => null))?.topic ?? ctx.topic;
      }
      const got = await withKafka(() => fetchRound(ctx, parts, maxWaitTime));
      if (got.size === 0 && parts.every((p) => ctx.unavailable.has(p.partition)))
        await new Promise((r) => setTimeout(r, UNAVAILABLE_RECHECK_MS));
      return got;
    } catch (e) {
      const err = toAppError(e);
      const retriable = err.code === 'broker_unavailable' || err.code === 'timeout';
      firstFailure ||= Date.now();
      if (!retriable || ctx.signal.aborted || Date.now() - firstFailure > RETRY_WINDOW_MS) throw err;
      await new Promise((r) => setTimeout(r, Math.min(1000, 200 * (attempt + 1))));
      ctx.topic = (await withKafka(() => describeOne(ctx.name)).catch(() => null))?.topic ?? ctx.topic;
    }
  }
}

type ReadContext = {
  name: string;
  topic: RawTopic;
  lane: number;
  query: ReadQuery;
  filter: MessageFilter | null;
  signal: AbortSignal;
  /** Partitions that cannot be read right now, why, and since when. */
  unavailable: Map<number, { reason: string; since: number }>;
  availabilityChanged: boolean;
  lastRecheck: number;
};

/**
 * Where a partition's read starts when no resume token says: the query's oldest, offset (kept within the
 * partition) or time (`at`: the first offset at or after it, -1 for none), else newest (its end).
 */
function queryStart(query: ReadQuery, lo: number, hi: number, at = -1): number {
  if (query.start === 'oldest') return lo;
  if (query.start === 'offset') return Math.min(Math.max(query.offset!, lo), hi);
  if (query.start === 'timestamp') return at < 0 ? hi : Math.max(at, lo);
  return hi;
}

/** Validate the query against the topic and work out each partition's start and end. */
async function plan(ctx: ReadContext, resume: Record<number, number> | null) {
  const { query } = ctx;
  const all = ctx.topic.partitionMetadata.map((p) => p.partitionId).sort((a, b) => a - b);
  if (query.partition !== undefined && !all.includes(query.partition))
    throw new AppError(
      'bad_request',
      `Topic "${ctx.name}" has partitions 0 to ${all.length - 1}; there is no partition ${query.partition}.`,
    );
  const asked = query.partition !== undefined ? [query.partition] : all;
  // Partitions that cannot be read now (no leader, or its broker is down) are left out of the plan and
  // reported; the read goes on with the others (a live tail picks them up when they come back).
  const { leaders, leaderless } = splitByLeader(ctx.topic, asked);
  const down = new Map<number, string>(leaderless.map((p) => [p, NO_LEADER]));
  const [low, end] = await Promise.all([
    listOffsets(ctx.name, leaders, () => EARLIEST, READ_COMMITTED, down),
    listOffsets(ctx.name, leaders, () => LATEST, READ_COMMITTED, down), // read_committed: the last stable offset
  ]);
  const partitions = asked.filter((p) => !down.has(p));
  if (!partitions.length) {
    const [p, reason] = [...down][0]!;
    throw new AppError(
      'broker_unavailable',
      asked.length === 1
        ? `Partition ${p} cannot be read right now: ${reason}.`
        : `No partition of "${ctx.name}" can be read right now (partition ${p}: ${reason}).`,
    );
  }
  const now = Date.now();
  for (const [p, reason] of down) ctx.unavailable.set(p, { reason, since: now });
  ctx.availabilityChanged = down.size > 0;
  const notes: string[] = [...down].map(
    ([p, reason]) => `Partition ${p} cannot be read right now (${reason}); reading the others.`,
  );
  const start = new Map<number, number>();
  if (resume) {
    for (const p of partitions)
      start.set(p, Math.min(Math.max(resume[p] ?? end.get(p)!, low.get(p)!), end.get(p)!));
  } else if (query.start === 'offset') {
    const offset = query.offset!;
    if (query.partition !== undefined && offset > end.get(query.partition)!)
      throw new AppError(
        'bad_request',
        `Partition ${query.partition} ends at offset ${end.get(query.partition)} (the next offset to be written); offset ${offset} is beyond it.`,
      );
    for (const p of partitions) {
      const [lo, hi] = [low.get(p)!, end.get(p)!];
      if (offset < lo)
        notes.push(`Partition ${p} starts at offset ${lo} (older records were deleted); read from there.`);
      start.set(p, queryStart(query, lo, hi));
    }
  } else if (query.start === 'timestamp') {
    const at = await listOffsets(ctx.name, leadersOf(ctx.topic, partitions), () => query.ts!);
    for (const p of partitions) start.set(p, queryStart(query, low.get(p)!, end.get(p)!, at.get(p)));
    if (query.ts! > Date.now()) notes.push('The timestamp is in the future: nothing is that new yet.');
  } else {
    // oldest; newest: its end, and decided while reading (windows from the end)
    for (const p of partitions) start.set(p, queryStart(query, low.get(p)!, end.get(p)!));
  }
  return { partitions, skipped: [...down.keys()], low, end, start, notes };
}

/**
 * Where a partition that joins a live read late starts: the resume token's offset, else what the query
 * asks (oldest, an offset, a time), else its end. Partitions still without a reachable leader are left out.
 */
async function startsOf(ctx: ReadContext, partitions: number[], resume: Record<number, number> | null) {
  const { query } = ctx;
  const { leaders } = splitByLeader(ctx.topic, partitions);
  const down = new Map<number, string>();
  const [low, end, at] = await Promise.all([
    listOffsets(ctx.name, leaders, () => EARLIEST, READ_COMMITTED, down),
    listOffsets(ctx.name, leaders, () => LATEST, READ_COMMITTED, down),
    query.start === 'timestamp'
      ? listOffsets(ctx.name, leaders, () => query.ts!, READ_COMMITTED, down)
      : Promise.resolve(new Map<number, number>()),
  ]);
  const out = new Map<number, number>();
  for (const [p, hi] of end) {
    const lo = low.get(p);
    if (down.has(p) || lo === undefined) continue;
    const token = resume?.[p];
    out.set(
      p,
      token !== undefined ? Math.min(Math.max(token, lo), hi) : queryStart(query, lo, hi, at.get(p)),
    );
  }
  return out;
}

/**
 * The newest `max` of `found`: within a partition by offset (its order is the truth, whatever producers
 * wrote as timestamps), across partitions merged by timestamp, newest first.
 */
function newestFirst(found: Candidate[], max: number): Candidate[] {
  const lists = new Map<number, Candidate[]>();
  for (const c of found) (lists.get(c.partition) ?? lists.set(c.partition, []).get(c.partition)!).push(c);
  const heads = [...lists.values()].map((l) => l.sort((a, b) => b.offset - a.offset));
  const at = heads.map(() => 0);
  const out: Candidate[] = [];
  while (out.length < max) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const c = heads[i]![at[i]!];
      if (!c) continue;
      const b = best < 0 ? undefined : heads[best]![at[best]!]!;
      if (!b || c.timestamp > b.timestamp || (c.timestamp === b.timestamp && c.partition < b.partition))
        best = i;
    }
    if (best < 0) break;
    out.push(heads[best]![at[best]!++]!);
  }
  return out;
}

/** Read as the query says; yields the stream's events. Stops at once when `signal` aborts. */
export async function* readMessages(
  name: string,
  query: ReadQuery,
  filter: MessageFilter | null,
  signal: AbortSignal,
  resume: Record<number, number> | null = null,
): AsyncGenerator<ReadEvent> {
  const lane = acquireLane();
  try {
    const { topic } = await withKafka(() => describeOne(name));
    const ctx: ReadContext = {
      name,
      topic,
      lane,
      query,
      filter,
      signal,
      unavailable: new Map(),
      availabilityChanged: false,
      lastRecheck: Date.now(),
    };
    const p = await withKafka(() => plan(ctx, resume));
    yield { type: 'phase', phase: 'reading', notes: p.notes };
    const availability = availabilityEvent(ctx);
    if (availability) yield availability;
    /** Notes for the end: partitions given up on while they were unavailable. */
    const doneNotes: string[] = [];
    // A bounded read waits this long for a partition that became unavailable, then finishes without it.
    const unavailableWait = kafkaConfig().requestTimeoutMs;
    const givenUp = (partition: number) => {
      const u = ctx.unavailable.get(partition);
      return u !== undefined && Date.now() - u.since > unavailableWait ? u : null;
    };
    const began = Date.now();
    const counters = { scanned: 0, found: 0 };
    let reason: 'max' | 'end' | 'scan-limit' | 'time-limit' = 'end';
    // A download holds whole values; the viewer gets previews and asks for a whole one when needed.
    const valueLimit = query.format === 'sse' ? PREVIEW_BYTES : Number.MAX_SAFE_INTEGER;
    /** The candidates a filter keeps (all without one), in order. */
    const kept = async (cands: Candidate[]) => {
      if (!filter) return cands;
      const ok = await filter.test(cands, signal);
      return cands.filter((_, i) => ok[i]);
    };
    const limitHit = () =>
      filter && counters.scanned >= SCAN_LIMIT
        ? 'scan-limit'
        : filter && Date.now() - began > SCAN_TIME_MS
          ? 'time-limit'
          : null;

    const reads: PartitionRead[] = p.partitions.map((partition) => ({
      partition,
      next: p.start.get(partition)!,
      end: p.end.get(partition)!,
    }));

    if (!resume && query.start === 'newest') {
      // The last N, newest first: windows read backwards from the end of each partition until each has N
      // matches or reaches its start; then the newest N of all.
      const total = reads.reduce((s, r) => s + (r.end - p.low.get(r.partition)!), 0);
      const found: Candidate[] = [];
      const window = Math.max(query.max, filter ? 1000 : 0);
      for (const r of reads) {
        let hi = r.end;
        let matched = 0;
        const lo = p.low.get(r.partition)!;
        while (hi > lo && matched < query.max && !signal.aborted && !limitHit()) {
          const from = Math.max(lo, hi - window);
          const cur: PartitionRead = { partition: r.partition, next: from, end: hi };
          let empty = 0;
          while (cur.next < cur.end && !signal.aborted) {
            const got = (await fetchRetrying(ctx, [cur], empty ? EMPTY_RETRY_WAIT_MS : 0)).get(r.partition);
            const ev = availabilityEvent(ctx);
            if (ev) yield ev;
            if (!got && ctx.unavailable.has(r.partition)) {
              const u = givenUp(r.partition);
              if (!u) continue; // fetchRetrying waited a second; ask again
              doneNotes.push(
                `Partition ${r.partition} became unavailable (${u.reason}); its messages below offset ${cur.end} were not all read.`,
              );
              hi = lo; // give up on this partition
              break;
            }
            if (!got || got.next <= cur.next) {
              // an empty answer below the end: ask again before taking it as the end (see EMPTY_RETRIES)
              if (++empty > EMPTY_RETRIES) break;
              continue;
            }
            empty = 0;
            const cands: Candidate[] = [];
            for (const rec of got.records) {
              if (Number(rec.offset) >= hi) break;
              cands.push(toMessage(r.partition, rec, query.keyAs, query.valueAs, valueLimit));
            }
            counters.scanned += cands.length;
            const keptHere = await kept(cands);
            found.push(...keptHere);
            matched += keptHere.length;
            cur.next = got.next;
          }
          hi = Math.min(hi, from);
          yield { type: 'progress', scanned: counters.scanned, total, found: found.length };
        }
      }
      const out = newestFirst(found, query.max).map((c) => c.message);
      counters.found = out.length;
      if (found.length >= query.max) reason = 'max';
      else reason = limitHit() ?? 'end';
      for (let i = 0; i < out.length; i += 500)
        yield {
          type: 'messages',
          messages: out.slice(i, i + 500),
          resume: Object.fromEntries(reads.map((r) => [r.partition, r.end])),
        };
    } else {
      // Forward from the start offsets to the end each partition had when the read began, merged by
      // timestamp across partitions: a message is passed on only once every partition still being read
      // has one waiting, so the order is the same however the fetches interleave.
      const total = reads.reduce((s, r) => s + Math.max(0, r.end - r.next), 0);
      const buffers = new Map<number, Candidate[]>(reads.map((r) => [r.partition, []]));
      // Where a partition's read stands for a resume or for live mode: its first message fetched but not
      // yet passed on, or (none waiting) the next offset to fetch. Not r.next less the buffer's length: a
      // filter leaves gaps in the buffer.
      const position = (r: PartitionRead) => buffers.get(r.partition)![0]?.offset ?? r.next;
      const active = () => reads.filter((r) => r.next < r.end || buffers.get(r.partition)!.length > 0);
      const empties = new Map<number, number>();
      let lastProgress = 0;
      while (!signal.aborted) {
        const hit = limitHit();
        if (hit) {
          reason = hit;
          break;
        }
        const need = reads.filter((r) => r.next < r.end && buffers.get(r.partition)!.length === 0);
        if (need.length) {
          // A busy broker can answer a fetch with nothing even below the end: ask again (waiting a little)
          // before deciding a partition has no more to give, or the read would end early without saying so.
          const retrying = need.some((r) => (empties.get(r.partition) ?? 0) > 0);
          const got = await fetchRetrying(ctx, need, retrying ? EMPTY_RETRY_WAIT_MS : 0);
          const ev = availabilityEvent(ctx);
          if (ev) yield ev;
          for (const r of need) {
            const res = got.get(r.partition);
            if (!res && ctx.unavailable.has(r.partition)) {
              // Not an empty answer: the partition cannot be read. Wait for it, then go on without it.
              const u = givenUp(r.partition);
              if (u) {
                doneNotes.push(
                  `Partition ${r.partition} became unavailable (${u.reason}); offsets ${r.next} to ${r.end - 1} were not read.`,
                );
                r.end = r.next;
              }
              continue;
            }
            if (!res || res.next <= r.next) {
              const n = (empties.get(r.partition) ?? 0) + 1;
              empties.set(r.partition, n);
              // nothing more to read below the end (e.g. the rest is an open transaction)
              if (n > EMPTY_RETRIES) r.end = r.next;
              continue;
            }
            empties.delete(r.partition);
            const cands: Candidate[] = [];
            for (const rec of res.records) {
              if (Number(rec.offset) >= r.end) break;
              cands.push(toMessage(r.partition, rec, query.keyAs, query.valueAs, valueLimit));
            }
            counters.scanned += cands.length;
            buffers.get(r.partition)!.push(...(await kept(cands)));
            r.next = Math.min(res.next, r.end);
          }
        }
        // Emit while every partition still being read has a message waiting.
        const batch: Message[] = [];
        for (;;) {
          // Partitions that cannot be read right now do not hold the others back.
          const act = active().filter(
            (r) => !ctx.unavailable.has(r.partition) || buffers.get(r.partition)!.length > 0,
          );
          if (!act.length || act.some((r) => buffers.get(r.partition)!.length === 0)) break;
          let best: Candidate | null = null;
          for (const r of act) {
            const head = buffers.get(r.partition)![0]!;
            if (!best || head.timestamp < best.timestamp) best = head;
          }
          buffers.get(best!.partition)!.shift();
          batch.push(best!.message);
          if (counters.found + batch.length >= query.max) break;
        }
        counters.found += batch.length;
        if (batch.length)
          yield {
            type: 'messages',
            messages: batch,
            resume: Object.fromEntries(reads.map((r) => [r.partition, position(r)])),
          };
        if (counters.found >= query.max) {
          reason = 'max';
          break;
        }
        if (!active().length) break;
        if (Date.now() - lastProgress > 250) {
          lastProgress = Date.now();
          yield { type: 'progress', scanned: counters.scanned, total, found: counters.found };
        }
      }
      // Live mode goes on from what was passed on, not from what was fetched ahead of it.
      for (const r of reads) r.next = position(r);
    }

    if (query.follow === '1' && !signal.aborted) {
      // Live: from the end of what was read (or the resume point), long-polling every partition.
      yield { type: 'phase', phase: 'live', notes: [] };
      const live: PartitionRead[] = reads.map((r) => ({
        partition: r.partition,
        next: query.start === 'newest' && !resume ? p.end.get(r.partition)! : r.next,
        end: Number.MAX_SAFE_INTEGER,
      }));
      // Partitions unavailable when the read began join once they have a leader again, from where the
      // query says (oldest, an offset, a time; newest: their end then), or the resume token.
      const pending = new Set(p.skipped);
      while (!signal.aborted) {
        if (pending.size && splitByLeader(ctx.topic, [...pending]).leaders.size) {
          const starts = await withKafka(() => startsOf(ctx, [...pending], resume)).catch(
            () => new Map<number, number>(),
          );
          for (const [partition, next] of starts) {
            pending.delete(partition);
            live.push({ partition, next, end: Number.MAX_SAFE_INTEGER });
          }
        }
        const got = await fetchRetrying(ctx, live, LIVE_WAIT_MS);
        const ev = availabilityEvent(ctx);
        if (ev) yield ev;
        const batch: Message[] = [];
        for (const r of live) {
          const res = got.get(r.partition);
          if (!res) continue;
          const cands = res.records.map((rec) =>
            toMessage(r.partition, rec, query.keyAs, query.valueAs, valueLimit),
          );
          counters.scanned += cands.length;
          for (const c of await kept(cands)) batch.push(c.message);
          r.next = Math.max(r.next, res.next);
        }
        if (batch.length) {
          counters.found += batch.length;
          yield {
            type: 'messages',
            messages: batch,
            resume: Object.fromEntries(live.map((r) => [r.partition, r.next])),
          };
        }
      }
      return;
    }
    yield { type: 'done', scanned: counters.scanned, found: counters.found, reason, notes: doneNotes };
  } finally {
    filter?.close();
    releaseLane(lane);
  }
}

/** One whole message (for "show all" on a value cut in the list). */
export function readOne(name: string, partition: number, offset: number): Promise<Message> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    const ctx: ReadContext = {
      name,
      topic,
      lane: 0,
      query: { keyAs: 'auto', valueAs: 'auto' } as ReadQuery,
      filter: null,
      signal: new AbortController().signal,
      unavailable: new Map(),
      availabilityChanged: false,
      lastRecheck: 0,
    };
    if (!topic.partitionMetadata.some((p) => p.partitionId === partition))
      throw new AppError('not_found', `Topic "${name}" has no partition ${partition}.`);
    const lane = acquireLane();
    try {
      const got = (await fetchRound({ ...ctx, lane }, [{ partition, next: offset, end: offset + 1 }], 0)).get(
        partition,
      );
      const down = ctx.unavailable.get(partition);
      if (!got && down)
        throw new AppError(
          'broker_unavailable',
          `Partition ${partition} cannot be read right now: ${down.reason}.`,
        );
      const rec = got?.records.find((r) => Number(r.offset) === offset);
      if (!rec) throw new AppError('not_found', `No message at offset ${offset} in partition ${partition}.`);
      return toMessage(partition, rec, 'auto', 'auto', Number.MAX_SAFE_INTEGER).message;
    } finally {
      releaseLane(lane);
    }
  });
}
