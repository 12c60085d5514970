import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { authConfig } from './config';
import { clusters, findCluster } from '@/lib/clusters/config';
import { SESSION_COOKIE, sessionUser } from './session';

/**
 * Whether this page request may see the console: login off, or a valid session. Next renders a layout and
 * its page in parallel and sends the page's payload even when the layout draws only the sign-in screen, so
 * every page that reads the cluster on the server asks this first and renders nothing when it is false.
 * Cached per request: the layout and the page share one check.
 */
export const pageSignedIn = cache(async (): Promise<boolean> => {
  if (authConfig().mode === 'off') return true;
  return (await sessionUser((await cookies()).get(SESSION_COOKIE)?.value)) !== null;
});

/**
 * The cluster a page URL names, when this visitor may see it (else null: the page is a 404); its read-only
 * flag for the shell's note. The API checks the same on every call (lib/http/access.ts).
 */
export const pageCluster = cache(async (name: string) => {
  const c = findCluster(name);
  if (!c) return null;
  if (authConfig().mode === 'login') {
    const user = await sessionUser((await cookies()).get(SESSION_COOKIE)?.value);
    if (!user || c.caps[user.role] === 'none') return null;
  }
  return { name: c.name, readOnly: c.readOnly };
});

/** The clusters this visitor may see, by name. */
export const pageClusters = cache(async () => {
  const all = clusters();
  if (authConfig().mode === 'off') return all.map((c) => c.name);
  const user = await sessionUser((await cookies()).get(SESSION_COOKIE)?.value);
  return user ? all.filter((c) => c.caps[user.role] !== 'none').map((c) => c.name) : [];
});
