import 'server-only';
import type { Message } from '@/lib/schemas/messages';
import type { ReadEvent } from '@/lib/schemas/stream';
import { withKafka } from '@/lib/kafka/base/client';
import { byLeader } from '@/lib/kafka/base/offsets';
import { fetchRetrying, type PartitionRead } from './fetch';
import { startsOf } from './plan';
import type { Scan } from './scan';

const LIVE_WAIT_MS = 500;

/**
 * Live: from where each partition's read stands (`from`), long-polling every partition until the read is
 * cancelled. Partitions unavailable when the read began (`pending`) join once they have a leader again, from
 * where the query says (oldest, an offset, a time; newest: their end then), or the resume token.
 */
export async function* readLive(
  scan: Scan,
  from: { partition: number; next: number }[],
  pending: Set<number>,
  resume: Record<number, number> | null,
): AsyncGenerator<ReadEvent, void> {
  const { target, signal } = scan;
  const live: PartitionRead[] = from.map((r) => ({ ...r, end: Number.MAX_SAFE_INTEGER }));
  while (!signal.aborted) {
    if (pending.size && byLeader([target.topic], (_, p) => pending.has(p)).leaders.size) {
      const starts = await withKafka(() => startsOf(target, scan.query, [...pending], resume)).catch(
        () => new Map<number, number>(),
      );
      for (const [partition, next] of starts) {
        pending.delete(partition);
        live.push({ partition, next, end: Number.MAX_SAFE_INTEGER });
      }
    }
    const got = await fetchRetrying(target, live, LIVE_WAIT_MS);
    const ev = scan.availability();
    if (ev) yield ev;
    const batch: Message[] = [];
    for (const r of live) {
      const res = got.get(r.partition);
      if (!res) continue;
      for (const c of await scan.kept(await scan.candidates(r.partition, res.records))) batch.push(c.message);
      r.next = Math.max(r.next, res.next);
    }
    if (batch.length) {
      scan.found += batch.length;
      yield {
        type: 'messages',
        messages: batch,
        resume: Object.fromEntries(live.map((r) => [r.partition, r.next])),
      };
    }
  }
}
