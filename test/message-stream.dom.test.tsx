import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook as renderHookBare, waitFor } from '@testing-library/react';
import { ClusterScope } from '@/lib/api/cluster-scope';
import { createParser } from 'eventsource-parser';
import { parseStreamEvent, useMessageStream } from '@/lib/api/messages';
import { foldRead } from '@/lib/api/message-fold';
import { sseResponse } from '@/lib/http/event-stream';
import { AppError } from '@/lib/http/errors';
import type { Message } from '@/lib/schemas/messages';
import type { ReadEvent } from '@/lib/schemas/stream';

// The hook reads its cluster's API (/api/clusters/<cluster>/...): every test renders it inside one.
const wrapper = ({ children }: { children: React.ReactNode }) => (
  <ClusterScope name="t">{children}</ClusterScope>
);
const renderHook: typeof renderHookBare = (cb, opts) => renderHookBare(cb, { wrapper, ...opts });

// The browser's side of the message stream (lib/api/messages.ts), fed by the server's own writer (sseResponse): what the server
// writes is what this hook parses, so the two cannot drift apart.

const msg = (partition: number, offset: number): Message => ({
  partition,
  offset,
  timestamp: 1_700_000_000_000 + offset,
  timestampType: 'create',
  key: { encoding: 'null', size: 0, truncated: false },
  value: { encoding: 'text', size: 1, text: String(offset), truncated: false },
  headers: [],
});

/** A Response as the messages route answers: these events as Server-Sent Events. */
function streamOf(events: ReadEvent[], fail?: AppError) {
  async function* gen(): AsyncGenerator<ReadEvent> {
    for (const e of events.slice(1)) yield e;
    if (fail) throw fail;
  }
  return sseResponse(events[0]!, gen(), new AbortController());
}

const requests: { url: string; lastEventId: string | null }[] = [];
function serve(...responses: (() => Response)[]) {
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, lastEventId: new Headers(init?.headers).get('Last-Event-ID') });
      const next = responses.shift();
      if (!next) return new Promise<Response>(() => {}); // no more answers: hang like a slow server
      return next();
    }),
  );
}

afterEach(() => {
  cleanup(); // unmounting aborts a hook's stream, so no reconnect spills into the next test
  vi.unstubAllGlobals();
});

const bounded = { live: false, paused: false, newestFirst: false };

describe('useMessageStream', () => {
  it('shows a bounded read as the server sent it: phase, progress, messages in order, done', async () => {
    serve(() =>
      streamOf([
        { type: 'phase', phase: 'reading', notes: ['Partition 1 starts at offset 5.'] },
        { type: 'progress', scanned: 2, total: 4, found: 2 },
        { type: 'messages', messages: [msg(0, 0), msg(0, 1)], resume: { 0: 2 } },
        { type: 'messages', messages: [msg(1, 5)], resume: { 0: 2, 1: 6 } },
        { type: 'done', scanned: 4, found: 3, reason: 'end', notes: [] },
      ]),
    );
    const { result } = renderHook(() => useMessageStream('/api/topics/t/messages', bounded));
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.messages.map((m) => [m.partition, m.offset])).toEqual([
      [0, 0],
      [0, 1],
      [1, 5],
    ]);
    expect(result.current.notes).toEqual(['Partition 1 starts at offset 5.']);
    expect(result.current.progress).toMatchObject({ scanned: 2, total: 4, found: 2 });
    expect(result.current.done).toMatchObject({ scanned: 4, found: 3, reason: 'end' });
  });

  it("a read that fails on the server ends with the server's reason", async () => {
    serve(() =>
      streamOf(
        [
          { type: 'phase', phase: 'reading', notes: [] },
          { type: 'messages', messages: [msg(0, 0)], resume: { 0: 1 } },
        ],
        new AppError('broker_unavailable', 'Partition 0 cannot be read right now: no leader.'),
      ),
    );
    const { result } = renderHook(() => useMessageStream('/api/x', bounded));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('Partition 0 cannot be read right now: no leader.');
    expect(result.current.messages).toHaveLength(1); // what came before the error stays
  });

  it("a refused request shows the server's message, not a status code", async () => {
    serve(
      () =>
        new Response(
          JSON.stringify({ error: { code: 'bad_request', message: 'There is no partition 9.' } }),
          {
            status: 400,
            headers: { 'Content-Type': 'application/json' },
          },
        ),
    );
    const { result } = renderHook(() => useMessageStream('/api/x', bounded));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('There is no partition 9.');
  });

  it('a newest-first read lists newest first; paused live messages are held until resumed, also while reconnecting', async () => {
    serve(() =>
      streamOf([
        { type: 'phase', phase: 'reading', notes: [] },
        { type: 'messages', messages: [msg(0, 9), msg(0, 8)], resume: { 0: 10 } },
        { type: 'phase', phase: 'live', notes: [] },
        { type: 'messages', messages: [msg(0, 10), msg(0, 11)], resume: { 0: 12 } },
      ]),
    );
    const { result, rerender } = renderHook(
      ({ paused }) => useMessageStream('/api/live', { live: true, paused, newestFirst: true }),
      { initialProps: { paused: true } },
    );
    await waitFor(() => expect(result.current.held).toBe(4));
    expect(result.current.messages).toEqual([]);
    rerender({ paused: false });
    await waitFor(() => expect(result.current.messages.map((m) => m.offset)).toEqual([11, 10, 9, 8]));
  });

  it('a live stream that ends reconnects with the last resume token as Last-Event-ID', async () => {
    serve(() =>
      streamOf([
        { type: 'phase', phase: 'live', notes: [] },
        { type: 'messages', messages: [msg(0, 3)], resume: { 0: 4 } },
      ]),
    );
    const { result } = renderHook(() =>
      useMessageStream('/api/live', { live: true, paused: false, newestFirst: false }),
    );
    await waitFor(() => expect(result.current.status).toBe('reconnecting'));
    await waitFor(() => expect(requests).toHaveLength(2), { timeout: 5000 });
    const token = requests[1]!.lastEventId!;
    expect(JSON.parse(Buffer.from(token, 'base64url').toString())).toEqual({ 0: 4 });
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
  });
});

describe('parseStreamEvent', () => {
  it('reads each event type back into the union', () => {
    expect(parseStreamEvent('progress', '{"scanned":1,"total":2,"found":0}')).toEqual({
      type: 'progress',
      scanned: 1,
      total: 2,
      found: 0,
    });
  });

  it('turns an event it cannot read into an error that says so', () => {
    for (const [event, data] of [
      ['progress', '{"scanned":"many"}'],
      ['surprise', '{}'],
      ['messages', 'not json'],
      ['error', '{"code":"no_such_code","message":"x"}'],
    ] as const)
      expect(parseStreamEvent(event, data)).toMatchObject({
        type: 'error',
        message: expect.stringContaining(`"${event}" event this page cannot read`),
      });
  });
});

describe('the server’s first read (message-fold.ts)', () => {
  const events: ReadEvent[] = [
    { type: 'phase', phase: 'reading', notes: ['Partition 1 starts at offset 5.'] },
    { type: 'progress', scanned: 3, total: 6, found: 3 },
    { type: 'messages', messages: [msg(1, 7), msg(1, 6)], resume: { 1: 5 } },
    { type: 'messages', messages: [msg(0, 3)], resume: { 0: 2, 1: 5 } },
    { type: 'done', scanned: 6, found: 3, reason: 'max', notes: [] },
  ];

  it.each([true, false])(
    'folds a read into what the hook shows at its end (newest first: %s)',
    async (newestFirst) => {
      serve(() => streamOf(events));
      const { result } = renderHook(() => useMessageStream('/api/x', { ...bounded, newestFirst }));
      await waitFor(() => expect(result.current.status).toBe('done'));
      // The same events, as the server page reads them from the route's body.
      const body = await streamOf(events).text();
      const parsed: ReturnType<typeof parseStreamEvent>[] = [];
      createParser({ onEvent: (m) => parsed.push(parseStreamEvent(m.event, m.data)) }).feed(body);
      const folded = foldRead('/api/x', parsed, newestFirst);
      const { cancel: _cancel, ...hook } = result.current;
      expect(folded).toEqual({ ...hook, rate: folded.rate });
    },
  );

  it('a hook seeded with the server’s read shows it and does not read again', async () => {
    serve(() => streamOf(events));
    const seed = foldRead('/api/seeded', events, false);
    const { result } = renderHook(() => useMessageStream('/api/seeded', { ...bounded, seed }));
    expect(result.current.messages.map((m) => m.offset)).toEqual(seed.messages.map((m) => m.offset));
    expect(result.current.status).toBe('done');
    await new Promise((r) => setTimeout(r, 100));
    expect(requests).toEqual([]);
  });
});
