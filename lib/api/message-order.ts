import type { Message } from '@/lib/schemas/messages';

// Where a batch of streamed messages goes in the list. The server sends a newest-N read newest first and
// everything else (forward reads, live messages) oldest first. Without live mode the list keeps the
// server's order; in live mode it is always newest first, whatever the start: a newest read's batches go
// below what is shown, forward and live batches go on top, reversed.

export type BatchOrder = 'descending' | 'ascending';

/** The list after a batch arrives (at most `max` kept: the oldest go). */
export function addBatch(
  shown: Message[],
  batch: Message[],
  { live, order, max }: { live: boolean; order: BatchOrder; max: number },
): Message[] {
  if (!batch.length) return shown;
  if (!live) return [...shown, ...batch];
  const next = order === 'descending' ? [...shown, ...batch] : [...batch.slice().reverse(), ...shown];
  return next.length > max ? next.slice(0, max) : next;
}

/** How many messages went on top of the list since `previousFirst` was its first (0 when unknown). */
export function addedOnTop(list: Message[], previousFirst: Message | undefined): number {
  if (!previousFirst) return 0;
  const i = list.findIndex(
    (m) => m.partition === previousFirst.partition && m.offset === previousFirst.offset,
  );
  return i < 0 ? 0 : i;
}
