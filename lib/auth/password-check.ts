import 'server-only';
import { processSlot } from '@/lib/process-state';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/http/errors';

// The bcrypt comparisons of sign-ins, in one worker thread (bcrypt-worker.mjs), one at a time. At most
// MAX_WAITING checks wait for it; one more is a 429, so a flood of sign-ins costs one core at most and
// never the event loop that serves everything else.

export const MAX_WAITING = 8;

type Pending = { resolve: (ok: boolean) => void; reject: (e: Error) => void };
const state = processSlot('bcrypt', () => ({
  worker: null as Worker | null,
  pending: new Map<number, Pending>(),
  next: 1,
  warm: new Set<number>(),
}));

function worker(): Worker {
  if (state.worker) return state.worker;
  const w = new Worker(new URL('./bcrypt-worker.mjs', import.meta.url));
  w.unref();
  w.on('message', (m: { id: number; ok: boolean }) => {
    state.pending.get(m.id)?.resolve(m.ok);
    state.pending.delete(m.id);
  });
  const fail = (why: string) => {
    if (state.worker !== w) return;
    state.worker = null;
    state.warm.clear();
    for (const p of state.pending.values())
      p.reject(new AppError('internal', `The password check stopped (${why}).`));
    state.pending.clear();
  };
  w.on('error', (e) => fail(e.message));
  w.on('exit', (code) => fail(`exit ${code}`));
  state.worker = w;
  return w;
}

/** The bcrypt cost of a hash ($2b$12$...), 10 when it cannot be read. */
const bcryptCost = (hash: string) => Number(/^\$2[aby]\$(\d\d)\$/.exec(hash)?.[1] ?? 10);

/** The highest cost among the users' hashes: an unknown user's check costs as much as a real one. */
export const dummyCostOf = (hashes: Iterable<string>) => {
  const costs = [...hashes].map(bcryptCost);
  return costs.length ? Math.max(...costs) : 10;
};

/** Prepare the dummy hash of this cost in the worker, so the first unknown user is not faster or slower. */
export function warmPasswordCheck(cost: number) {
  if (state.warm.has(cost)) return;
  state.warm.add(cost);
  worker().postMessage({ type: 'warm', cost });
}

/**
 * Whether `password` matches `hash`; with hash null (no such user) false, after as long as a real check
 * at `cost`. 429 when MAX_WAITING checks are waiting already.
 */
export function verifyPassword(password: string, hash: string | null, cost: number): Promise<boolean> {
  if (state.pending.size >= MAX_WAITING)
    return Promise.reject(
      new AppError('too_many_requests', 'Too many sign-ins at once. Try again in a moment.'),
    );
  const id = state.next++;
  return new Promise<boolean>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    worker().postMessage({ type: 'check', id, password, hash, cost });
  });
}
