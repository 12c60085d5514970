import 'server-only';
import { processSlot } from '@/lib/process-state';
import { AppError } from '@/lib/http/errors';

// Message reads (live tails, searches, downloads) hold a broker connection and a buffer each while they
// run. One viewer opening 150 of them opened 150 connections; these caps bound that, per signed-in user
// and over the whole server. With login off there are no users to tell apart: only the total counts.

export const READS_PER_USER = 20;
export const READS_TOTAL = 100;

const reads = processSlot('read-slots', () => ({ total: 0, byUser: new Map<string, number>() }));

/** Take a read slot for `user` (null: login off); 429 when none is left. Returns the release (once). */
export function acquireRead(user: string | null): () => void {
  const mine = user === null ? 0 : (reads.byUser.get(user) ?? 0);
  if (user !== null && mine >= READS_PER_USER)
    throw new AppError(
      'too_many_requests',
      `You have ${READS_PER_USER} message reads open already (live tails, searches, downloads): close one first.`,
    );
  if (reads.total >= READS_TOTAL)
    throw new AppError(
      'too_many_requests',
      `Kafscope is running ${READS_TOTAL} message reads already; try again when one has finished.`,
    );
  reads.total++;
  if (user !== null) reads.byUser.set(user, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    reads.total--;
    if (user === null) return;
    const n = (reads.byUser.get(user) ?? 1) - 1;
    if (n > 0) reads.byUser.set(user, n);
    else reads.byUser.delete(user);
  };
}

/** `events`, releasing the slot when they end, fail, or are closed by the stream. */
export async function* holdingSlot<T>(events: AsyncGenerator<T>, release: () => void): AsyncGenerator<T> {
  try {
    yield* events;
  } finally {
    release();
  }
}
