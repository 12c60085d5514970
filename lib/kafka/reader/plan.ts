import 'server-only';
import { AppError } from '@/lib/http/errors';
import type { ReadQuery } from '@/lib/schemas/messages';
import { EARLIEST, LATEST, byLeader } from '@/lib/kafka/base/offsets';
import { NO_LEADER } from './availability';
import { partitionOffsets, type ReadTarget } from './fetch';

/** One partition of a read: where it starts, where it ends (when the read began) and its start offset. */
export type PlannedPartition = { partition: number; low: number; start: number; end: number };
export type Plan = { partitions: PlannedPartition[]; skipped: number[]; notes: string[] };

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

const within = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

/**
 * Validate the query against the topic and work out each partition's start and end (read_committed: the
 * last stable offset). Partitions that cannot be read now (no leader, or its broker is down) are left out
 * and reported; the read goes on with the others (a live tail picks them up when they come back).
 */
export async function plan(
  t: ReadTarget,
  query: ReadQuery,
  resume: Record<number, number> | null,
): Promise<Plan> {
  const all = t.topic.partitionMetadata.map((p) => p.partitionId).sort((a, b) => a - b);
  if (query.partition !== undefined && !all.includes(query.partition))
    throw new AppError(
      'bad_request',
      `Topic "${t.name}" has partitions 0 to ${all.length - 1}; there is no partition ${query.partition}.`,
    );
  const asked = query.partition !== undefined ? [query.partition] : all;
  const { leaderless } = byLeader([t.topic], (_, p) => asked.includes(p));
  const down = new Map<number, string>(leaderless.map((l) => [l.partition, NO_LEADER]));
  const reachable = asked.filter((p) => !down.has(p));
  const [low, end] = await Promise.all([
    partitionOffsets(t, reachable, () => EARLIEST, down),
    partitionOffsets(t, reachable, () => LATEST, down),
  ]);
  const partitions = asked.filter((p) => !down.has(p));
  if (!partitions.length) {
    const [p, reason] = [...down][0]!;
    throw new AppError(
      'broker_unavailable',
      asked.length === 1
        ? `Partition ${p} cannot be read right now: ${reason}.`
        : `No partition of "${t.name}" can be read right now (partition ${p}: ${reason}).`,
    );
  }
  t.availability.skip(down);
  const notes: string[] = [...down].map(
    ([p, reason]) => `Partition ${p} cannot be read right now (${reason}); reading the others.`,
  );
  const bounds = partitions.map((p) => ({ partition: p, low: low.get(p)!, end: end.get(p)! }));
  let at = new Map<number, number>();
  if (!resume && query.start === 'offset') {
    const offset = query.offset!;
    const only = bounds.find((b) => b.partition === query.partition);
    if (only && offset > only.end)
      throw new AppError(
        'bad_request',
        `Partition ${only.partition} ends at offset ${only.end} (the next offset to be written); offset ${offset} is beyond it.`,
      );
    for (const b of bounds)
      if (offset < b.low)
        notes.push(
          `Partition ${b.partition} starts at offset ${b.low} (older records were deleted); read from there.`,
        );
  } else if (!resume && query.start === 'timestamp') {
    at = await partitionOffsets(t, partitions, () => query.ts!);
    if (query.ts! > Date.now()) notes.push('The timestamp is in the future: nothing is that new yet.');
  }
  // newest: its end, and decided while reading (windows from the end)
  const startOf = (b: (typeof bounds)[number]) =>
    resume
      ? within(resume[b.partition] ?? b.end, b.low, b.end)
      : queryStart(query, b.low, b.end, at.get(b.partition));
  return {
    partitions: bounds.map((b) => ({ ...b, start: startOf(b) })),
    skipped: [...down.keys()],
    notes,
  };
}

/**
 * Where partitions that join a live read late start: the resume token's offset, else what the query asks
 * (oldest, an offset, a time), else its end. Partitions still without a reachable leader are left out.
 */
export async function startsOf(
  t: ReadTarget,
  query: ReadQuery,
  partitions: number[],
  resume: Record<number, number> | null,
) {
  const down = new Map<number, string>();
  const [low, end, at] = await Promise.all([
    partitionOffsets(t, partitions, () => EARLIEST, down),
    partitionOffsets(t, partitions, () => LATEST, down),
    query.start === 'timestamp'
      ? partitionOffsets(t, partitions, () => query.ts!, down)
      : Promise.resolve(new Map<number, number>()),
  ]);
  const out = new Map<number, number>();
  for (const [p, hi] of end) {
    const lo = low.get(p);
    if (down.has(p) || lo === undefined) continue;
    const token = resume?.[p];
    out.set(p, token !== undefined ? within(token, lo, hi) : queryStart(query, lo, hi, at.get(p)));
  }
  return out;
}
