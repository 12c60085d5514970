import 'server-only';

// Everything the server keeps in memory between requests (clients, caches, pools, counters, lag history)
// lives in named slots here, in one object on globalThis: Next bundles route handlers, pages and the proxy
// separately and dev reloads modules on every edit, and they must all share one copy. One place to see what
// a process holds, and one way for a test to start a slot afresh.

type Slots = Map<string, object>;
const root = globalThis as { __kafscopeProcess?: Slots };
const slots = (): Slots => (root.__kafscopeProcess ??= new Map());

/** The slot `name`, created with `init` the first time. Keep state as properties of the returned object. */
export function processSlot<T extends object>(name: string, init: () => T): T {
  const all = slots();
  let s = all.get(name) as T | undefined;
  if (!s) all.set(name, (s = init()));
  return s;
}

/** Drop slot `name`, and every cluster's slot of that name (the next call creates it again). For tests. */
export function dropProcessSlot(name: string) {
  for (const key of [...slots().keys()]) if (key === name || key.endsWith(`/${name}`)) slots().delete(key);
}
