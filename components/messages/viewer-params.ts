import type { Read } from '@/lib/cli/messages';
import { DEFAULT_RESULTS } from '@/lib/schemas/messages';

// The Messages tab's state, as it lives in the URL (start, partition, offset, ts, max, filter, q, live,
// keyAs, valueAs), and the API query it reads with. Pure: unit-tested.

export type ViewParams = Record<
  'start' | 'partition' | 'offset' | 'ts' | 'max' | 'filter' | 'q' | 'live' | 'keyAs' | 'valueAs',
  string
>;

export function readParams(sp: URLSearchParams): ViewParams {
  const get = (k: string) => sp.get(k) ?? '';
  return {
    // A link with an offset (from the produce form) opens at that offset.
    start: get('start') || (get('offset') ? 'offset' : 'newest'),
    partition: get('partition'),
    offset: get('offset'),
    ts: get('ts'),
    max: get('max') || String(DEFAULT_RESULTS),
    filter: get('filter'),
    q: get('q'),
    live: get('live'),
    keyAs: get('keyAs') || 'auto',
    valueAs: get('valueAs') || 'auto',
  };
}

/**
 * The URL's query after a change: defaults left out, and what the start mode does not use dropped (an
 * offset outside "offset" mode, a time outside "timestamp"), so no stale value rides along.
 */
export function viewSearch(current: URLSearchParams, view: ViewParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(view)) {
    const unused =
      (k === 'offset' && view.start !== 'offset') ||
      (k === 'ts' && view.start !== 'timestamp') ||
      ((k === 'keyAs' || k === 'valueAs') && v === 'auto');
    if (v === '' || unused) next.delete(k);
    else next.set(k, v);
  }
  next.set('tab', 'messages');
  return next;
}

export function apiQuery(p: ViewParams, extra: Record<string, string> = {}) {
  const q = new URLSearchParams({ start: p.start, max: p.max, keyAs: p.keyAs, valueAs: p.valueAs, ...extra });
  if (p.partition) q.set('partition', p.partition);
  if (p.start === 'offset') q.set('offset', p.offset || '0');
  if (p.start === 'timestamp' && p.ts) q.set('ts', p.ts);
  if (p.filter) q.set('filter', p.filter);
  if (p.q) q.set('q', p.q);
  return q.toString();
}

/**
 * The stream the Messages tab reads for this view, under the cluster's API (the stream hook puts it there;
 * the server's first read uses the same one).
 */
export const messagesUrl = (topic: string, p: ViewParams) =>
  `/topics/${encodeURIComponent(topic)}/messages?${apiQuery(p, p.live === '1' ? { follow: '1' } : {})}`;

/** The view as the command-line read of lib/cli.ts (the "from a terminal" panel). */
export function toRead(topic: string, p: ViewParams): Read {
  const ts = /^\d+$/.test(p.ts) ? Number(p.ts) : Date.parse(p.ts);
  return {
    topic,
    start: (['newest', 'oldest', 'offset', 'timestamp'] as const).find((s) => s === p.start) ?? 'newest',
    partition: p.partition === '' ? null : Number(p.partition),
    offset: p.start === 'offset' ? Number(p.offset || '0') : undefined,
    ts: p.start === 'timestamp' && Number.isFinite(ts) ? ts : undefined,
    max: Number(p.max) || DEFAULT_RESULTS,
    live: p.live === '1',
    filtered: Boolean(p.filter || p.q),
  };
}
