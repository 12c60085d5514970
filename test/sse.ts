import { createParser } from 'eventsource-parser';

// Read a Server-Sent Events response the way the browser's viewer does (eventsource-parser).
export type SseEvent = { event: string; id?: string; data: unknown };

export async function readEvents(
  res: Response,
  {
    until,
    timeoutMs = 20_000,
  }: { until?: (e: SseEvent, all: SseEvent[]) => boolean; timeoutMs?: number } = {},
): Promise<SseEvent[]> {
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  const events: SseEvent[] = [];
  let stop = false;
  const parser = createParser({
    onEvent: (m) => {
      if (stop) return;
      const e: SseEvent = { event: m.event ?? 'message', id: m.id, data: JSON.parse(m.data) };
      events.push(e);
      if (until?.(e, events)) stop = true;
    },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (!stop) {
      const left = deadline - Date.now();
      const r = await Promise.race([
        reader.read(),
        new Promise<never>((_, no) =>
          setTimeout(
            () =>
              no(
                new Error(`stream not done in ${timeoutMs} ms; got ${events.map((e) => e.event).join(',')}`),
              ),
            Math.max(0, left),
          ),
        ),
      ]);
      if (r.done) break;
      parser.feed(dec.decode(r.value, { stream: true }));
    }
    return events;
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** Every message in the events, in stream order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read messages field by field
export const messagesOf = (events: SseEvent[]): any[] =>
  events.filter((e) => e.event === 'messages').flatMap((e) => (e.data as { messages: unknown[] }).messages);
