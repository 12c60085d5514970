import { z } from 'zod';
import { errorCodes } from './error';
import { messageSchema } from './messages';

// The message stream's one contract. The server writes each event as a Server-Sent Event (`event:` its
// type, `data:` the rest as JSON, and for messages `id:` the resume token); the browser puts the type back
// and parses the event with this schema. The reader yields the same events (ReadEvent) but `error`, which
// the stream adds when a read fails, with messages carrying the resume offsets that become the `id:`.

const count = z.number().int().nonnegative();
const phaseEvent = z.object({
  type: z.literal('phase'),
  phase: z.enum(['reading', 'live']),
  notes: z.array(z.string()),
});
const progressEvent = z.object({ type: z.literal('progress'), scanned: count, total: count, found: count });
const messagesEvent = z.object({ type: z.literal('messages'), messages: z.array(messageSchema) });
/** Sent when the set of partitions that cannot be read changes (empty: all are read again). */
const partitionsEvent = z.object({
  type: z.literal('partitions'),
  unavailable: z.array(z.object({ partition: z.number().int(), reason: z.string(), since: z.number() })),
});
export const endReasons = ['max', 'end', 'scan-limit', 'time-limit'] as const;
const doneEvent = z.object({
  type: z.literal('done'),
  scanned: count,
  found: count,
  reason: z.enum(endReasons),
  notes: z.array(z.string()),
});
const errorEvent = z.object({ type: z.literal('error'), code: z.enum(errorCodes), message: z.string() });

/** Every event of the stream as the browser receives it, in the order they can come. */
export const streamEventSchema = z.discriminatedUnion('type', [
  phaseEvent,
  progressEvent,
  messagesEvent,
  partitionsEvent,
  doneEvent,
  errorEvent,
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;
export type StreamEventType = StreamEvent['type'];

/** What the reader yields: the stream's events but `error`; messages with the offsets to resume from. */
export type ReadEvent =
  | Exclude<StreamEvent, { type: 'messages' | 'error' }>
  | (z.infer<typeof messagesEvent> & { resume: Record<number, number> });
