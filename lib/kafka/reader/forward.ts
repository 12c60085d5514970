import 'server-only';
import type { Message } from '@/lib/schemas/messages';
import type { ReadEvent } from '@/lib/schemas/stream';
import { fetchBytes, fetchRetrying, meanRecordSize, type PartitionRead } from './fetch';
import type { Candidate } from './records';
import { EMPTY_RETRIES, EMPTY_RETRY_WAIT_MS, type EndReason, type Scan } from './scan';

/**
 * One partition of a forward read: what is fetched, the kept messages waiting to be passed on, the first
 * offsets of its batches still in the filter (oldest first), and the mean size of its records so far (to
 * size the next fetch).
 */
type Forward = PartitionRead & {
  buffer: Candidate[];
  filtering: number[];
  empties: number;
  recordBytes: number;
  passed: number;
};

/**
 * Where a partition's read stands for a resume or for live mode: its first message fetched but not yet
 * passed on, else the start of its oldest batch still in the filter, else the next offset to fetch. Not
 * next less the buffer's length: a filter leaves gaps in the buffer.
 */
const position = (r: Forward) => r.buffer[0]?.offset ?? r.filtering[0] ?? r.next;
const positions = (reads: Forward[]) => Object.fromEntries(reads.map((r) => [r.partition, position(r)]));
const isActive = (r: Forward) => r.next < r.end || r.buffer.length > 0 || r.filtering.length > 0;
/** Batches of one partition in the filter at once: the next is fetched and decoded while one is filtered. */
const FILTERING_MAX = 2;

/**
 * Forward from the start offsets to the end each partition had when the read began, merged by timestamp
 * across partitions: a message is passed on only once every partition still being read has one waiting, so
 * the order is the same however the fetches interleave. When it ends, `reads` stand at what was passed on
 * (live mode goes on from there, not from what was fetched ahead of it).
 */
export async function* readForward(scan: Scan, reads: PartitionRead[]): AsyncGenerator<ReadEvent, EndReason> {
  const { query, signal } = scan;
  const unavailable = scan.target.availability;
  const parts: Forward[] = reads.map((r) =>
    Object.assign(r, { buffer: [], filtering: [], empties: 0, recordBytes: 0, passed: 0 }),
  );
  // Unfiltered, a partition is asked for about what it will still give: all that is missing when it is the
  // only one; over several, a small first share each, then, for the one the merge ran out of, what is
  // missing times the share of the merged messages it gave so far. Only that many are decoded (a read of
  // 100 decoded thousands). A filter needs to see everything.
  const wanted = (r: Forward) => {
    if (scan.filtered) return Infinity;
    const missing = Math.max(1, query.max - scan.found);
    const active = Math.max(1, parts.filter(isActive).length);
    if (active === 1) return missing;
    const passed = parts.reduce((s, x) => s + x.passed, 0);
    const share = passed ? Math.max(r.passed / passed, 1 / active) : 1 / active / 4;
    return Math.min(missing, Math.ceil(missing * share * 1.15) + 1);
  };
  const total = parts.reduce((s, r) => s + Math.max(0, r.end - r.next), 0);
  const active = () => parts.filter(isActive);
  let reason: EndReason = 'end';
  let lastProgress = 0;
  // The filter (a worker thread) runs on a partition's batch while the reader goes on fetching and decoding:
  // its answers land in the buffers in order (the worker takes batches in turn), `inFilter` settle when
  // they have, and the first error ends the read.
  const inFilter = new Set<Promise<void>>();
  const filterErrors: unknown[] = [];

  while (!signal.aborted) {
    const hit = scan.limitHit();
    if (hit) {
      reason = hit;
      break;
    }
    if (filterErrors.length) throw filterErrors[0];
    const need = parts.filter(
      (r) => r.next < r.end && r.buffer.length === 0 && r.filtering.length < FILTERING_MAX,
    );
    if (!need.length && inFilter.size) await Promise.race(inFilter);
    else if (need.length) {
      // A busy broker can answer a fetch with nothing even below the end: ask again (waiting a little)
      // before deciding a partition has no more to give, or the read would end early without saying so.
      const retrying = need.some((r) => r.empties > 0);
      for (const r of need) r.maxBytes = fetchBytes(wanted(r), r.recordBytes);
      const got = await fetchRetrying(scan.target, need, retrying ? EMPTY_RETRY_WAIT_MS : 0);
      const ev = scan.availability();
      if (ev) yield ev;
      for (const r of need) {
        const res = got.get(r.partition);
        if (!res && unavailable.has(r.partition)) {
          // Not an empty answer: the partition cannot be read. Wait for it, then go on without it.
          if (scan.giveUp(r.partition, `offsets ${r.next} to ${r.end - 1} were not read`)) r.end = r.next;
          continue;
        }
        if (!res || res.next <= r.next) {
          // nothing more to read below the end (e.g. the rest is an open transaction)
          if (++r.empties > EMPTY_RETRIES) r.end = r.next;
          continue;
        }
        r.empties = 0;
        // Sizes matter only to a bounded read: a filtered scan does not walk its records for them.
        if (!scan.filtered) r.recordBytes = meanRecordSize(res.records) || r.recordBytes;
        const limit = wanted(r);
        const cands = await scan.candidates(r.partition, res.records, r.end, limit);
        r.filtering.push(cands[0]?.offset ?? r.next);
        const kept: Promise<void> = scan.kept(cands).then(
          (k) => {
            r.filtering.shift();
            r.buffer.push(...k);
          },
          (e: unknown) => void filterErrors.push(e),
        );
        inFilter.add(kept);
        void kept.finally(() => inFilter.delete(kept));
        // Cut short by the limit: go on after the last one taken, not after what was fetched.
        const last = cands.at(-1);
        r.next = cands.length >= limit && last ? last.offset + 1 : Math.min(res.next, r.end);
      }
      // Without a filter nothing runs elsewhere: merge now (what to fetch next depends on it).
      if (!scan.filtered) await Promise.all(inFilter);
    }
    if (filterErrors.length) throw filterErrors[0];
    const batch = merged(scan, parts);
    scan.found += batch.length;
    if (batch.length) yield { type: 'messages', messages: batch, resume: positions(parts) };
    if (scan.found >= query.max) {
      reason = 'max';
      break;
    }
    if (!active().length) break;
    if (Date.now() - lastProgress > 250) {
      lastProgress = Date.now();
      yield { type: 'progress', scanned: scan.scanned, total, found: scan.found };
    }
  }
  // Nothing left in the worker when the read ends (its filter goes back to the pool for another read).
  await Promise.allSettled(inFilter);
  for (const r of parts) [r.next, r.maxBytes] = [position(r), undefined];
  return reason;
}

/** Take messages in timestamp order while every partition still being read has one waiting. */
function merged(scan: Scan, parts: Forward[]): Message[] {
  const unavailable = scan.target.availability;
  // Partitions that cannot be read right now do not hold the others back.
  const waiting = () =>
    parts.filter((r) => isActive(r) && (!unavailable.has(r.partition) || r.buffer.length > 0));
  const batch: Message[] = [];
  for (;;) {
    const act = waiting();
    if (!act.length || act.some((r) => r.buffer.length === 0)) break;
    let best = act[0]!;
    for (const r of act) if (r.buffer[0]!.timestamp < best.buffer[0]!.timestamp) best = r;
    batch.push(best.buffer.shift()!.message);
    best.passed++;
    if (scan.found + batch.length >= scan.query.max) break;
  }
  return batch;
}
