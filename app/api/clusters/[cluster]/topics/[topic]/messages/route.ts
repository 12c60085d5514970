import { route } from '@/lib/http/route';
import { decodeResume, downloadResponse, sseResponse } from '@/lib/http/event-stream';
import { openFilter } from '@/lib/kafka/reader/filter';
import { acquireRead, holdingSlot } from '@/lib/http/read-slots';
import { readMessages } from '@/lib/kafka/reader/read';
import { readQuerySchema } from '@/lib/schemas/messages';
import { topicParamsSchema } from '@/lib/schemas/topics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// GET /api/topics/:topic/messages?start=oldest|newest|offset|timestamp&partition=&offset=&ts=&max=&filter=&q=
//   &follow=1&keyAs=&valueAs=&format=sse|json|ndjson
// An event stream (or a download) of the topic's messages, read without a consumer group. Bad input and
// an unknown topic are plain 4xx answers; once streaming, failures arrive as an `error` event.
export const GET = route(
  { params: topicParamsSchema, query: readQuerySchema },
  async ({ params, query, request, user }) => {
    // A slot per read (429 beyond the caps), held until the stream ends; then the filter's worker.
    const release = acquireRead(user?.username ?? null);
    const filter = await openFilter(query.filter, query.q, query).catch((e: unknown) => {
      release();
      throw e;
    });
    const abort = new AbortController();
    request.signal.addEventListener('abort', () => abort.abort(), { once: true });
    const resume = query.follow === '1' ? decodeResume(request.headers.get('last-event-id')) : null;
    const events = holdingSlot(readMessages(params.topic, query, filter, abort.signal, resume), release);
    // The first event comes after planning: unknown topic, partition or offset fail here, as 4xx.
    const first = await events.next().catch(async (e: unknown) => {
      abort.abort();
      throw e;
    });
    if (first.done) throw new Error('the reader ended before it started');
    if (query.format !== 'sse') {
      const ext = query.format === 'json' ? 'json' : 'ndjson';
      return downloadResponse(first.value, events, abort, {
        format: query.format,
        filename: `${params.topic}-messages.${ext}`,
        zone: query.tz,
      });
    }
    return sseResponse(first.value, events, abort);
  },
);
