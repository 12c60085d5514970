import 'server-only';
import { bindGenerator } from '@/lib/clusters/context';
import type { Message } from '@/lib/schemas/messages';
import type { ReadEvent, StreamEvent } from '@/lib/schemas/stream';
import { toAppError } from '@/lib/kafka/base/errors';
import { downloadJson } from '@/lib/download';

// The message stream as Server-Sent Events: typed events (phase, progress, messages, done, error), messages
// batched for up to BATCH_MS, a heartbeat comment, and each batch's `id:` a resume token (the next offset of
// every partition) that EventSource sends back as Last-Event-ID when it reconnects.

const BATCH_MS = 50;
const BATCH_MAX = 1000;
const HEARTBEAT_MS = 15_000;

export const encodeResume = (r: Record<number, number>) =>
  Buffer.from(JSON.stringify(r)).toString('base64url');

export function decodeResume(token: string | null): Record<number, number> | null {
  if (!token) return null;
  try {
    const r = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (typeof r !== 'object' || r === null) return null;
    const out: Record<number, number> = {};
    for (const [k, v] of Object.entries(r))
      if (/^\d+$/.test(k) && Number.isSafeInteger(v) && (v as number) >= 0) out[Number(k)] = v as number;
    return out;
  } catch {
    return null;
  }
}

/** One event as an SSE frame: `event:` its type, `data:` the rest (lib/schemas/stream.ts), `id:` a resume token. */
function frame({ type, ...data }: StreamEvent, resume?: Record<number, number>) {
  return `event: ${type}\n${resume ? `id: ${encodeResume(resume)}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}
/** A reader's event as a frame: messages carry their resume offsets in `id:`. */
const toFrame = (ev: ReadEvent) =>
  ev.type === 'messages' ? frame({ type: 'messages', messages: ev.messages }, ev.resume) : frame(ev);

/**
 * Stream `events` (whose first event was already taken, so that errors in planning became a plain HTTP
 * error) until they end or the client goes away; `abort` stops the reader.
 */
export function sseResponse(first: ReadEvent, source: AsyncGenerator<ReadEvent>, abort: AbortController) {
  const events = bindGenerator(source);
  const enc = new TextEncoder();
  let pending: Promise<IteratorResult<ReadEvent>> | null = null;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const stop = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    abort.abort();
    void events.return(undefined).catch(() => {});
  };

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(enc.encode(`retry: 2000\n\n`));
      controller.enqueue(enc.encode(toFrame(first)));
      heartbeat = setInterval(() => {
        try {
          controller.enqueue(enc.encode(`: heartbeat\n\n`));
        } catch {
          stop();
        }
      }, HEARTBEAT_MS);
    },
    async pull(controller) {
      const batch: Message[] = [];
      let resume: Record<number, number> | undefined;
      const flush = () => {
        if (batch.length)
          controller.enqueue(enc.encode(frame({ type: 'messages', messages: batch }, resume)));
      };
      const started = Date.now();
      try {
        for (;;) {
          pending ??= events.next();
          // Messages wait at most BATCH_MS for more; other events go out at once.
          const budget = batch.length ? Math.max(0, BATCH_MS - (Date.now() - started)) : Infinity;
          const r =
            budget === Infinity
              ? await pending
              : await Promise.race([pending, new Promise<null>((ok) => setTimeout(() => ok(null), budget))]);
          if (r === null) break; // the batch is due
          pending = null;
          if (r.done) {
            flush();
            stop();
            controller.close();
            return;
          }
          const ev = r.value;
          if (ev.type === 'messages') {
            batch.push(...ev.messages);
            resume = ev.resume;
            if (batch.length >= BATCH_MAX) break;
            continue;
          }
          flush();
          batch.length = 0;
          controller.enqueue(enc.encode(toFrame(ev)));
          return;
        }
        flush();
      } catch (e) {
        const err = toAppError(e);
        flush();
        controller.enqueue(enc.encode(frame({ type: 'error', code: err.code, message: err.message })));
        stop();
        controller.close();
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    },
  });
}

/** The same read as a file: one JSON array or NDJSON, streamed as it is read. */
export function downloadResponse(
  first: ReadEvent,
  source: AsyncGenerator<ReadEvent>,
  abort: AbortController,
  { format, filename, zone }: { format: 'json' | 'ndjson'; filename: string; zone: string },
) {
  const events = bindGenerator(source);
  const enc = new TextEncoder();
  let count = 0;
  const write = (controller: ReadableStreamDefaultController<Uint8Array>, ev: ReadEvent) => {
    if (ev.type !== 'messages' || !ev.messages.length) return false;
    const lines = ev.messages.map((m) => {
      const json = downloadJson(m, zone);
      return format === 'ndjson' ? `${json}\n` : `${count++ ? ',\n' : '\n'}${json}`;
    });
    controller.enqueue(enc.encode(lines.join('')));
    return true;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === 'json') controller.enqueue(enc.encode('['));
      write(controller, first);
    },
    // A pull must enqueue something or end the stream: the stream does not pull again on its own when a
    // pull resolves empty, so skip phase and progress events here rather than return without a chunk.
    async pull(controller) {
      try {
        for (;;) {
          const r = await events.next();
          if (r.done) {
            if (format === 'json') controller.enqueue(enc.encode('\n]\n'));
            controller.close();
            return;
          }
          if (write(controller, r.value)) return;
        }
      } catch (e) {
        controller.error(e);
      }
    },
    cancel() {
      abort.abort();
      void events.return(undefined).catch(() => {});
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': format === 'json' ? 'application/json' : 'application/x-ndjson',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
