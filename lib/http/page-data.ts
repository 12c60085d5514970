import 'server-only';
import { cookies, headers } from 'next/headers';
import { NextRequest } from 'next/server';
import { QueryClient, dehydrate, type DehydratedState, type QueryKey } from '@tanstack/react-query';
import type { ZodType } from 'zod';

// Pages get their data the way the browser does: through the API route's own handler (sign-in, roles,
// validation, the error shape), run in this process with the page request's cookies, and handed to the
// browser's TanStack cache under the key its hook reads. So the first paint has the data, the browser does
// not ask again while it is fresh, and no page reaches lib/kafka around the route's checks.

type Handler = (request: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type PageData<T> = { status: number; data: T | null };

/** Call `handler` for `path` (with these route params) as the page's visitor; the answer and its status. */
export async function fromApi<T>(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  schema: ZodType<T>,
): Promise<PageData<T>> {
  const h = await headers();
  const forwarded = new Headers({ cookie: (await cookies()).toString(), accept: 'application/json' });
  for (const name of ['host', 'x-forwarded-for', 'x-forwarded-proto', 'user-agent'])
    if (h.get(name)) forwarded.set(name, h.get(name)!);
  const request = new NextRequest(new URL(path, 'http://kafscope.local'), { headers: forwarded });
  const res = await handler(request, { params: Promise.resolve(params) });
  if (!res.ok) return { status: res.status, data: null };
  const parsed = schema.safeParse(await res.json());
  return { status: parsed.success ? res.status : 500, data: parsed.success ? parsed.data : null };
}

/** `fromApi`, but a slow answer (over `waitMs`) is not waited for: the browser fetches it itself then. */
export function fromApiWithin<T>(
  waitMs: number,
  ...args: Parameters<typeof fromApi<T>>
): Promise<PageData<T>> {
  return Promise.race([
    fromApi(...args).catch(() => ({ status: 503, data: null })),
    new Promise<PageData<T>>((r) => setTimeout(() => r({ status: 504, data: null }), waitMs)),
  ]);
}

/**
 * Several answers that a page shows side by side (the clusters home's cards): each is waited for until
 * `maxMs`, or until `graceMs` after the first one answered, whichever comes first. Healthy sources answer
 * about together; one that is down or slow then holds up the page by `graceMs` at most, not by `maxMs`.
 */
export function allWithin<T>(
  maxMs: number,
  graceMs: number,
  calls: (() => Promise<PageData<T>>)[],
): Promise<PageData<T>[]> {
  let stop!: () => void;
  const cut = new Promise<PageData<T>>((r) => (stop = () => r({ status: 504, data: null })));
  const last = setTimeout(stop, maxMs);
  let first = true;
  return Promise.all(
    calls.map((call) => {
      const answer = call().catch(() => ({ status: 503, data: null }));
      void answer.then(() => {
        if (!first) return;
        first = false;
        setTimeout(stop, graceMs);
      });
      return Promise.race([answer, cut]);
    }),
  ).finally(() => clearTimeout(last));
}

/**
 * The body of an event stream `handler` answers for `path` (a read that ends by itself), or null when it is
 * refused or not over within `waitMs`: the read is then stopped, and the browser reads it itself.
 */
export async function streamWithin(
  waitMs: number,
  handler: Handler,
  path: string,
  params: Record<string, string>,
): Promise<string | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), waitMs);
  try {
    const request = new NextRequest(new URL(path, 'http://kafscope.local'), {
      headers: { cookie: (await cookies()).toString(), accept: 'text/event-stream' },
      signal: abort.signal,
    });
    const res = await handler(request, { params: Promise.resolve(params) });
    if (!res.ok || !res.body) return null;
    const text = await new Response(res.body).text();
    return abort.signal.aborted ? null : text;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    abort.abort(); // whatever happened, the read stops here
  }
}

/**
 * The browser's cache with `data` under `key` (empty when there is none), for a HydrationBoundary. An entry
 * marked `stale` (a long list's first screen) is refetched as soon as the browser shows it.
 */
export function cacheWith(entries: [QueryKey, unknown, { stale?: boolean }?][]): DehydratedState {
  const qc = new QueryClient();
  for (const [key, data, o] of entries)
    if (data !== null && data !== undefined) qc.setQueryData(key, data, o?.stale ? { updatedAt: 1 } : {});
  return dehydrate(qc);
}
