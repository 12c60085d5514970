import 'server-only';
import type { ReadEvent } from '@/lib/schemas/stream';
import { fetchRetrying, type PartitionRead } from './fetch';
import type { PlannedPartition } from './plan';
import { newestFirst, type Candidate } from './records';
import { EMPTY_RETRIES, EMPTY_RETRY_WAIT_MS, type EndReason, type Scan } from './scan';

/**
 * The last N, newest first: windows read backwards from the end of each partition until each has N matches
 * or reaches its start; then the newest N of all.
 */
export async function* readNewest(
  scan: Scan,
  partitions: PlannedPartition[],
): AsyncGenerator<ReadEvent, EndReason> {
  const { query, signal } = scan;
  const total = partitions.reduce((s, p) => s + (p.end - p.low), 0);
  const found: Candidate[] = [];
  const window = Math.max(query.max, scan.filtered ? 1000 : 0);
  for (const p of partitions) {
    let hi = p.end;
    let matched = 0;
    while (hi > p.low && matched < query.max && !signal.aborted && !scan.limitHit()) {
      const from = Math.max(p.low, hi - window);
      const cur: PartitionRead = { partition: p.partition, next: from, end: hi };
      let empty = 0;
      while (cur.next < cur.end && !signal.aborted) {
        const got = (await fetchRetrying(scan.target, [cur], empty ? EMPTY_RETRY_WAIT_MS : 0)).get(
          p.partition,
        );
        const ev = scan.availability();
        if (ev) yield ev;
        if (!got && scan.target.availability.has(p.partition)) {
          if (!scan.giveUp(p.partition, `its messages below offset ${cur.end} were not all read`)) continue; // fetchRetrying waited a second; ask again
          hi = p.low; // give up on this partition
          break;
        }
        if (!got || got.next <= cur.next) {
          // an empty answer below the end: ask again before taking it as the end (see EMPTY_RETRIES)
          if (++empty > EMPTY_RETRIES) break;
          continue;
        }
        empty = 0;
        const keptHere = await scan.kept(await scan.candidates(p.partition, got.records, hi));
        found.push(...keptHere);
        matched += keptHere.length;
        cur.next = got.next;
      }
      hi = Math.min(hi, from);
      yield { type: 'progress', scanned: scan.scanned, total, found: found.length };
    }
  }
  const out = newestFirst(found, query.max).map((c) => c.message);
  scan.found = out.length;
  const reason = found.length >= query.max ? 'max' : (scan.limitHit() ?? 'end');
  const resume = Object.fromEntries(partitions.map((p) => [p.partition, p.end]));
  for (let i = 0; i < out.length; i += 500)
    yield { type: 'messages', messages: out.slice(i, i + 500), resume };
  return reason;
}
