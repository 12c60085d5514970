import 'server-only';
import type { ReadEvent } from '@/lib/schemas/stream';
import { fetchBytes, fetchRetrying, meanRecordSize, type PartitionRead } from './fetch';
import type { PlannedPartition } from './plan';
import { newestFirst, type Candidate } from './records';
import { EMPTY_RETRIES, EMPTY_RETRY_WAIT_MS, type EndReason, type Scan } from './scan';

/** The most a filtered read looks at in one window of one partition. */
const FILTERED_WINDOW_MAX = 50_000;

/**
 * The last N, newest first: windows read backwards from the end of each partition, merged by time. An
 * unfiltered read starts with a small window on every partition (a quarter of its even share of N); when
 * the merge runs out of a partition that has older messages, that one is read further: about what is still
 * missing times the share of the merged messages it gave so far. So the newest 100 over 4 partitions decode
 * about 140 messages, whether the newest are spread evenly or all in one partition (not 100 a partition). A
 * filter cannot know where its matches are: 1,000 a partition, doubling.
 */
export async function* readNewest(
  scan: Scan,
  partitions: PlannedPartition[],
): AsyncGenerator<ReadEvent, EndReason> {
  const { query, signal } = scan;
  const total = partitions.reduce((s, p) => s + (p.end - p.low), 0);
  const open = new Set(partitions.filter((p) => p.end > p.low).map((p) => p.partition));
  const count = Math.max(1, open.size);
  const first = scan.filtered ? Math.max(query.max, 1000) : Math.ceil(query.max / count / 4) + 1;
  const state = new Map(
    partitions.map((p) => [p.partition, { p, hi: p.end, window: first, sizes: { recordBytes: 0 } }]),
  );
  const found: Candidate[] = [];
  let todo = [...open];
  while (todo.length && !signal.aborted && !scan.limitHit()) {
    for (const partition of todo) {
      const st = state.get(partition)!;
      const from = Math.max(st.p.low, st.hi - st.window);
      const gaveUp = yield* readWindow(scan, { partition, next: from, end: st.hi }, found, st.sizes);
      st.hi = gaveUp ? st.p.low : from;
      if (st.hi <= st.p.low) open.delete(partition);
      yield { type: 'progress', scanned: scan.scanned, total, found: Math.min(found.length, query.max) };
      if (signal.aborted || scan.limitHit()) break;
    }
    const merged = newestFirst(found, query.max, open);
    todo = merged.blocked;
    const missing = query.max - merged.out.length;
    for (const partition of todo) {
      const st = state.get(partition)!;
      const gave = merged.out.filter((c) => c.partition === partition).length;
      const share = Math.max(gave / Math.max(1, merged.out.length), 1 / count);
      st.window = scan.filtered
        ? Math.min(st.window * 2, FILTERED_WINDOW_MAX)
        : Math.ceil(missing * share * 1.15) + 1;
    }
  }
  // Stopped early (a limit, or cancelled): the newest of what was read.
  const out = newestFirst(found, query.max).out.map((c) => c.message);
  scan.found = out.length;
  const reason = out.length >= query.max ? 'max' : (scan.limitHit() ?? 'end');
  const resume = Object.fromEntries(partitions.map((p) => [p.partition, p.end]));
  for (let i = 0; i < out.length; i += 500)
    yield { type: 'messages', messages: out.slice(i, i + 500), resume };
  return reason;
}

/**
 * One window of one partition, every fetch until its end, the kept messages added to `found`. True when the
 * partition stayed unavailable too long and was given up (its older messages are not read).
 */
async function* readWindow(
  scan: Scan,
  cur: PartitionRead,
  found: Candidate[],
  sizes: { recordBytes: number },
): AsyncGenerator<ReadEvent, boolean> {
  const below = cur.end;
  let empty = 0;
  while (cur.next < cur.end && !scan.signal.aborted) {
    // Unfiltered, about the window's bytes (whole batches still come as they are).
    cur.maxBytes = fetchBytes(scan.filtered ? Infinity : cur.end - cur.next, sizes.recordBytes);
    const got = (await fetchRetrying(scan.target, [cur], empty ? EMPTY_RETRY_WAIT_MS : 0)).get(cur.partition);
    const ev = scan.availability();
    if (ev) yield ev;
    if (!got && scan.target.availability.has(cur.partition)) {
      if (scan.giveUp(cur.partition, `its messages below offset ${below} were not all read`)) return true;
      continue; // fetchRetrying waited a second; ask again
    }
    if (!got || got.next <= cur.next) {
      // an empty answer below the end: ask again before taking it as the end (see EMPTY_RETRIES)
      if (++empty > EMPTY_RETRIES) break;
      continue;
    }
    empty = 0;
    if (!scan.filtered) sizes.recordBytes = meanRecordSize(got.records) || sizes.recordBytes;
    found.push(...(await scan.kept(await scan.candidates(cur.partition, got.records, below))));
    cur.next = got.next;
  }
  return false;
}
