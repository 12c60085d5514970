'use client';
import { usePathname, useSearchParams } from 'next/navigation';

/**
 * The page's search params, and a setter that patches them in place (null or '' removes a key). The URL
 * changes through the History API, which Next's router follows (useSearchParams updates): no server round
 * trip. `router.replace` re-rendered the whole dynamic page on the server for every change (the topic
 * search sent the full topic list again per keystroke).
 */
export function useUrlParams() {
  const pathname = usePathname();
  const params = useSearchParams();
  const setParams = (patch: Record<string, string | null>) => {
    // From the current URL, not this render's params: two patches in one event both apply.
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    const s = next.toString();
    replaceUrl(s ? `${pathname}?${s}` : pathname);
  };
  return [params, setParams] as const;
}

/**
 * Replace the URL without a server round trip (Next's router and useSearchParams follow it). The state
 * must be null: Next takes a state carrying its own markers (`__NA`) as its own call and does not sync.
 */
export function replaceUrl(href: string) {
  window.history.replaceState(null, '', href);
}
