import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** Seconds the list a page's first screen was cut from stays good for fetching the rest. */
const REST_MAX_AGE_S = 10;

/**
 * The query string for a list fetch: `?maxAge=` while the cache holds only a page's first screen (the
 * server then answers with the list it cut it from, not a new computation), or holds nothing yet after the
 * page stopped waiting for the list (`computing`: the server's computation goes on, and is taken when done);
 * else none.
 */
export function restOf(client: QueryClient, key: QueryKey, computing = false): string {
  const data = client.getQueryData<{ firstScreen?: unknown }>(key);
  return data?.firstScreen || (computing && data === undefined) ? `?maxAge=${REST_MAX_AGE_S}` : '';
}
