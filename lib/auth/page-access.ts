import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { authConfig } from './config';
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
