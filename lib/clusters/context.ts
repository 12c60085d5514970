import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '@/lib/http/errors';
import { processSlot } from '@/lib/process-state';
import { clusters, type Cluster } from './config';

// Which cluster the code below a request talks to. The route wrapper runs each handler inside its URL's
// cluster (inCluster); everything under it (the Kafka client, caches, the lag history, the registry) asks
// currentCluster() and keeps its state in that cluster's slots, so no service takes a cluster argument and
// none can mix two clusters' state. Timers and promises started inside keep the scope (AsyncLocalStorage);
// a stream's pull runs in its reader's scope through bindToCluster. The store lives on globalThis for the
// same reason as the process state: route handlers and pages are bundled separately.

const root = globalThis as { __kafscopeClusterScope?: AsyncLocalStorage<Cluster> };
const scope = (root.__kafscopeClusterScope ??= new AsyncLocalStorage<Cluster>());

/** Run `fn` with `cluster` as the current cluster. */
export const inCluster = <T>(cluster: Cluster, fn: () => T): T => scope.run(cluster, fn);

/**
 * The cluster of the running request. Outside any request (the tests that call services directly), the
 * only configured cluster; with several, that is a bug in the caller, and it fails loudly rather than guess.
 */
export function currentCluster(): Cluster {
  const c = scope.getStore();
  if (c) return c;
  const all = clusters();
  if (all.length === 1) return all[0]!;
  throw new AppError('internal', 'No cluster is in scope for this call.');
}

/** `fn`, run in the scope that is current now whenever it is called later (a stream's pull, a callback). */
export function bindToCluster<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const c = scope.getStore();
  return c ? (...args: A) => scope.run(c, () => fn(...args)) : fn;
}

/** processSlot, one per cluster: state that belongs to the current cluster (clients, caches, history). */
export const clusterSlot = <T extends object>(name: string, init: () => T): T =>
  processSlot(`cluster:${currentCluster().name}/${name}`, init);

/** The generator, each step run in the current scope (a stream's reader pulls from outside it). */
export function bindGenerator<T>(gen: AsyncGenerator<T>): AsyncGenerator<T> {
  const run = bindToCluster(<R>(f: () => R): R => f());
  const bound: AsyncGenerator<T> = {
    next: (...a) => run(() => gen.next(...a)),
    return: (v) => run(() => gen.return(v)),
    throw: (e) => run(() => gen.throw(e)),
    [Symbol.asyncIterator]: () => bound,
    [Symbol.asyncDispose]: () => run(() => gen[Symbol.asyncDispose]()),
  };
  return bound;
}
