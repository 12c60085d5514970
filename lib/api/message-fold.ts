import { type Message } from '@/lib/schemas/messages';
import { streamEventSchema, type StreamEvent } from '@/lib/schemas/stream';
import { addBatch } from './message-order';

// The message stream's state and events, apart from the hook that reads them (lib/api/messages.ts): pure, so
// the server can read a page's first messages and hand the browser the state the hook would have shown
// (app/(console)/topics/[topic]/page.tsx), and the hook starts from it instead of reading again.

/** The most messages kept in the browser; live mode drops the oldest beyond it. */
export const BUFFER_MAX = 10_000;

export type StreamStatus =
  'connecting' | 'reading' | 'live' | 'done' | 'error' | 'cancelled' | 'reconnecting';

export type StreamState = {
  /** The stream this state belongs to: a new URL starts from scratch. */
  url: string | null;
  status: StreamStatus;
  messages: Message[];
  progress: { scanned: number; total: number; found: number } | null;
  done: { scanned: number; found: number; reason: string } | null;
  notes: string[];
  /** Partitions that cannot be read right now (their broker is down); the stream goes on without them. */
  unavailable: { partition: number; reason: string }[];
  error: string | null;
  /** Messages per second over the last second (live mode). */
  rate: number;
  /** Messages held back while paused, and how many of those were dropped (over BUFFER_MAX). */
  held: number;
  dropped: number;
};

export const initial: StreamState = {
  url: null,
  status: 'connecting',
  messages: [],
  progress: null,
  done: null,
  notes: [],
  unavailable: [],
  error: null,
  rate: 0,
  held: 0,
  dropped: 0,
};

/** One SSE frame as a stream event; one this page cannot read becomes an error event saying so. */
export function parseStreamEvent(event: string | undefined, data: string): StreamEvent {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    body = null;
  }
  const ev = streamEventSchema.safeParse({ ...(body as object), type: event });
  if (ev.success) return ev.data;
  return {
    type: 'error',
    code: 'internal',
    message: `The server sent a "${event ?? 'message'}" event this page cannot read; reload the page.`,
  };
}

/**
 * A finished read (not live) folded into the state the stream hook shows at its end: the same ordering
 * (message-order.ts), progress, notes, unavailable partitions, and how it ended.
 */
export function foldRead(url: string, events: StreamEvent[], newestFirst: boolean): StreamState {
  let s: StreamState = { ...initial, url };
  let shown: Message[] = [];
  for (const ev of events) {
    if (ev.type === 'phase') s = { ...s, status: ev.phase, notes: [...s.notes, ...ev.notes] };
    else if (ev.type === 'progress') s = { ...s, progress: ev };
    else if (ev.type === 'messages')
      shown = addBatch(shown, ev.messages, {
        live: false,
        order: newestFirst ? 'descending' : 'ascending',
        max: BUFFER_MAX,
      });
    else if (ev.type === 'partitions') s = { ...s, unavailable: ev.unavailable };
    else if (ev.type === 'done') s = { ...s, status: 'done', done: ev };
    else s = { ...s, status: 'error', error: ev.message };
  }
  return { ...s, messages: shown };
}
