'use client';
import { useEffect, useRef, useState } from 'react';
import { createParser } from 'eventsource-parser';
import { apiErrorSchema } from '@/lib/schemas/error';
import { messageSchema, type Message } from '@/lib/schemas/messages';
import type { StreamEvent } from '@/lib/schemas/stream';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { addBatch, type BatchOrder } from './message-order';
import { BUFFER_MAX, initial, parseStreamEvent, type StreamState } from './message-fold';

export { BUFFER_MAX, parseStreamEvent, type StreamState } from './message-fold';

// The message stream in the browser: fetch + eventsource-parser rather than EventSource, so a refused
// request shows the server's reason, and closing the view aborts the request (the server then stops
// reading). Live streams reconnect by themselves with Last-Event-ID.

const FLUSH_MS = 50;
const RETRY_MS = 2_000;

/**
 * Stream `url` (null: nothing). In live mode the list is newest first whatever the start (see
 * message-order.ts); `newestFirst`: the read before live mode comes newest first (start=newest).
 * `paused` holds new messages back.
 */
export function useMessageStream(
  url: string | null,
  {
    live,
    paused,
    newestFirst,
    seed = null,
  }: {
    live: boolean;
    paused: boolean;
    newestFirst: boolean;
    /** The finished read of `seed.url` as the server already made it (message-fold.ts): shown, not read again. */
    seed?: StreamState | null;
  },
) {
  const api = useApiPath();
  const [state, setState] = useState<StreamState>(seed ?? initial);
  const seedRef = useRef(seed);
  const pausedRef = useRef(paused);
  const cancelRef = useRef<() => void>(() => {});
  const showHeldRef = useRef<() => void>(() => {});
  useEffect(() => {
    pausedRef.current = paused;
    // Resuming shows what was held at once, even when no event comes (a live stream reconnecting).
    if (!paused) showHeldRef.current();
  }, [paused]);

  useEffect(() => {
    if (!url) return;
    // The server's read of this very URL is on screen already: once, for the page's first view.
    if (seedRef.current?.url === url) {
      seedRef.current = null;
      return;
    }
    const ctrl = new AbortController();
    let s: StreamState = { ...initial, url };
    let shown: Message[] = [];
    let held: { messages: Message[]; order: BatchOrder }[] = [];
    const heldCount = () => held.reduce((n, b) => n + b.messages.length, 0);
    let lastId: string | undefined;
    /** Whether this connection resumed from a token (the server then reads forward from it). */
    let resumed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arrivals: number[] = [];
    const flush = () => {
      timer = undefined;
      if (!pausedRef.current && held.length) {
        for (const b of held) shown = addBatch(shown, b.messages, { live, order: b.order, max: BUFFER_MAX });
        held = [];
      }
      const now = Date.now();
      while (arrivals.length && arrivals[0]! < now - 1000) arrivals.shift();
      s = { ...s, messages: shown, held: heldCount(), rate: arrivals.length };
      setState(s);
      if (live && s.status === 'live') timer = setTimeout(flush, 500); // keep the rate fresh when idle
    };
    const schedule = () => {
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    showHeldRef.current = schedule;
    const update = (patch: Partial<StreamState>) => {
      s = { ...s, ...patch };
      schedule();
    };
    cancelRef.current = () => {
      ctrl.abort();
      clearTimeout(timer);
      setState({ ...s, messages: shown, status: 'cancelled' });
    };

    const onEvent = (ev: StreamEvent) => {
      if (ev.type === 'phase') update({ status: ev.phase, notes: [...s.notes, ...ev.notes] });
      else if (ev.type === 'progress') update({ progress: ev });
      else if (ev.type === 'messages') {
        const now = Date.now();
        for (let i = 0; i < ev.messages.length; i++) arrivals.push(now);
        // A newest read (not resumed) comes newest first; forward reads and live messages oldest first.
        const order: BatchOrder = newestFirst && !resumed && s.status !== 'live' ? 'descending' : 'ascending';
        held.push({ messages: ev.messages, order });
        // Paused for long: the oldest held batches go (the newest are what a live view wants).
        while (held.length > 1 && heldCount() > BUFFER_MAX) {
          s = { ...s, dropped: s.dropped + held[0]!.messages.length };
          held.shift();
        }
        schedule();
      } else if (ev.type === 'partitions') update({ unavailable: ev.unavailable });
      else if (ev.type === 'done') update({ status: 'done', done: ev });
      else update({ status: 'error', error: ev.message });
    };

    const run = async () => {
      for (;;) {
        try {
          resumed = lastId !== undefined;
          const res = await fetch(api(url), {
            signal: ctrl.signal,
            headers: lastId ? { 'Last-Event-ID': lastId } : {},
          });
          if (!res.ok) {
            const body = apiErrorSchema.safeParse(await res.json().catch(() => null));
            update({
              status: 'error',
              error: body.success ? body.data.error.message : `Request failed with HTTP ${res.status}.`,
            });
            return;
          }
          const parser = createParser({
            onEvent: (m) => {
              if (m.id) lastId = m.id;
              onEvent(parseStreamEvent(m.event, m.data));
            },
          });
          const reader = res.body!.getReader();
          const dec = new TextDecoder();
          for (;;) {
            const r = await reader.read();
            if (r.done) break;
            parser.feed(dec.decode(r.value, { stream: true }));
          }
          if (!live || s.status === 'error') return;
        } catch {
          if (ctrl.signal.aborted) return;
          if (!live) {
            update({ status: 'error', error: 'The connection to the Kafscope server was lost.' });
            return;
          }
        }
        // A live stream that ended (server restart, network): continue where it stopped.
        update({ status: 'reconnecting' });
        await new Promise((r) => setTimeout(r, RETRY_MS));
        if (ctrl.signal.aborted) return;
      }
    };
    void run();
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [api, url, live, newestFirst]);

  const current = state.url === url ? state : { ...initial, url };
  return { ...current, cancel: () => cancelRef.current() };
}

/** One message, whole (values are cut in the stream above 20 KB); `api` from useApiPath. */
export const fetchWholeMessage = (
  api: (path: string) => string,
  topic: string,
  partition: number,
  offset: number,
) => apiFetch(api(`/topics/${encodeURIComponent(topic)}/messages/${partition}/${offset}`), messageSchema);
