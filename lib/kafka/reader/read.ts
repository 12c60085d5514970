import 'server-only';
import { AppError } from '@/lib/http/errors';
import type { Message, ReadQuery } from '@/lib/schemas/messages';
import type { ReadEvent } from '@/lib/schemas/stream';
import { kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { describeOne } from '@/lib/kafka/base/metadata';
import { Availability } from './availability';
import { fetchRound, type ReadTarget } from './fetch';
import type { MessageFilter } from './filter';
import { readForward } from './forward';
import { acquireLane, releaseLane } from './lanes';
import { readLive } from './live';
import { readNewest } from './newest';
import { plan } from './plan';
import { prepareRecords, toCandidate } from './records';
import { Scan } from './scan';

export { activeReads } from './lanes';
export { SCAN_LIMIT, SCAN_TIME_MS } from './scan';

// The group-less reader. Each read takes a connection lane of its own and gives it back when it ends.
// Planning (ListOffsets earliest, latest-stable and by time) validates first, so bad input is a plain 4xx
// before any stream starts; then newest (windows back from the end), forward (merged by timestamp) and
// live (long-polls) each read in a file of their own.

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
    const target: ReadTarget = { name, topic, lane, signal, availability: new Availability() };
    const p = await withKafka(() => plan(target, query, resume));
    yield { type: 'phase', phase: 'reading', notes: p.notes };
    const availability = target.availability.event();
    if (availability) yield availability;
    const scan = new Scan(target, query, filter, kafkaConfig().requestTimeoutMs);
    const reads = p.partitions.map((x) => ({ partition: x.partition, next: x.start, end: x.end }));
    const newest = !resume && query.start === 'newest';
    const reason = newest ? yield* readNewest(scan, p.partitions) : yield* readForward(scan, reads);
    if (query.follow === '1' && !signal.aborted) {
      yield { type: 'phase', phase: 'live', notes: [] };
      // newest: live goes on from each partition's end when the read began
      const from = newest ? p.partitions.map((x) => ({ partition: x.partition, next: x.end })) : reads;
      yield* readLive(scan, from, new Set(p.skipped), resume);
      return;
    }
    yield { type: 'done', scanned: scan.scanned, found: scan.found, reason, notes: scan.doneNotes };
  } finally {
    filter?.close();
    releaseLane(lane);
  }
}

/** One whole message (for "show all" on a value cut in the list). */
export function readOne(name: string, partition: number, offset: number): Promise<Message> {
  return withKafka(async () => {
    const { topic } = await describeOne(name);
    if (!topic.partitionMetadata.some((p) => p.partitionId === partition))
      throw new AppError('not_found', `Topic "${name}" has no partition ${partition}.`);
    const lane = acquireLane();
    try {
      const target: ReadTarget = {
        name,
        topic,
        lane,
        signal: new AbortController().signal,
        availability: new Availability(),
      };
      const got = (await fetchRound(target, [{ partition, next: offset, end: offset + 1 }], 0)).get(
        partition,
      );
      const down = target.availability.unavailable.get(partition);
      if (!got && down)
        throw new AppError(
          'broker_unavailable',
          `Partition ${partition} cannot be read right now: ${down.reason}.`,
        );
      const rec = got?.records.find((r) => Number(r.offset) === offset);
      if (!rec) throw new AppError('not_found', `No message at offset ${offset} in partition ${partition}.`);
      await prepareRecords([rec], 'auto', 'auto');
      return toCandidate(name, partition, rec, 'auto', 'auto', Number.MAX_SAFE_INTEGER).message;
    } finally {
      releaseLane(lane);
    }
  });
}
