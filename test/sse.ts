// Read a Server-Sent Events response the way EventSource would: frames of `event:`, `id:` and `data:`.
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
  let buf = '';
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no end of stream within ${timeoutMs} ms; got ${events.map((e) => e.event).join(',')}`,
        );
      const r = await Promise.race([
        reader.read(),
        new Promise<never>((_, no) =>
          setTimeout(() => no(new Error(`stream silent for ${timeoutMs} ms`)), left),
        ),
      ]);
      if (r.done) return events;
      buf += dec.decode(r.value, { stream: true });
      let at: number;
      while ((at = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, at);
        buf = buf.slice(at + 2);
        const e: SseEvent = { event: 'message', data: null };
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) e.event = line.slice(7);
          else if (line.startsWith('id: ')) e.id = line.slice(4);
          else if (line.startsWith('data: ')) data += line.slice(6);
        }
        if (!data) continue; // comments (heartbeats), retry hints
        e.data = JSON.parse(data);
        events.push(e);
        if (until?.(e, events)) return events;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** Every message in the events, in stream order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read messages field by field
export const messagesOf = (events: SseEvent[]): any[] =>
  events.filter((e) => e.event === 'messages').flatMap((e) => (e.data as { messages: unknown[] }).messages);
