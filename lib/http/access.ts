import 'server-only';
import type { NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { roleAtLeast, type Role } from '@/lib/schemas/roles';
import { SESSION_COOKIE, sessionUser, tokenMatches, type SessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/http/errors';
import { findCluster, clusters, type Cluster } from '@/lib/clusters/config';

/**
 * Who may call a route: 'public' (the login itself and the settings the login screen needs), or the least
 * role. route.ts defaults to viewer for reads and editor for changes; destructive routes ask for admin.
 */
export type Access = 'public' | Role;
export type AccessOptions = {
  access?: Access;
  metricsToken?: boolean;
  /** What the audit line records of the change besides its path (keys and values changed, counts). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's parsed input
  audit?: (input: { params: any; query: any; body: any }) => Record<string, unknown>;
};

/** Who a request with the metrics bearer token is: it reads metrics, of every cluster (metrics route). */
export const METRICS_TOKEN_USER: SessionUser = Object.freeze({ username: 'metrics-token', role: 'viewer' });

/** The signed-in user (null when login is off, or nobody is signed in on a public route); 401 otherwise. */
export async function authorize(
  req: NextRequest,
  need: Access,
  opts: AccessOptions = {},
): Promise<SessionUser | null> {
  const cfg = authConfig();
  if (cfg.mode === 'off') return null;
  const user = await sessionUser(req.cookies.get(SESSION_COOKIE)?.value);
  if (need === 'public') return user;
  if (!user && opts.metricsToken && cfg.metricsToken) {
    const auth = req.headers.get('authorization') ?? '';
    if (auth.startsWith('Bearer ') && tokenMatches(auth.slice(7).trim(), cfg.metricsToken))
      return METRICS_TOKEN_USER;
  }
  if (!user)
    throw new AppError(
      'unauthorized',
      cfg.users.size === 0
        ? 'Login is on but no users are configured: set KAFSCOPE_USERS_FILE (or KAFSCOPE_AUTH=off to run without login).'
        : 'Sign in to use Kafscope.',
    );
  return user;
}

/** 403 unless the signed-in user's role is enough (nothing to check when login is off). */
export function requireRole(
  user: { username: string; role: Role | 'none' } | null,
  need: Access,
  what = 'this',
) {
  if (!user || need === 'public' || authConfig().mode === 'off') return;
  if (user.role === 'none' || !roleAtLeast(user.role, need))
    throw new AppError('forbidden', `Your role (${user.role}) cannot do ${what}: it needs ${need}.`);
}

/** The user's role on `cluster`: their own, or less where the clusters file lowers it ('none': no access). */
export const roleIn = (cluster: Cluster, user: SessionUser) => cluster.caps[user.role];

const visibleTo = (user: SessionUser | null) => (x: Cluster) =>
  !user || authConfig().mode === 'off' || roleIn(x, user) !== 'none';

/** The clusters this user may see (all of them with login off, and for the metrics token). */
export const visibleClusters = (user: SessionUser | null) =>
  user === METRICS_TOKEN_USER ? clusters() : clusters().filter(visibleTo(user));

/** The cluster a URL names, if it exists and the user may see it: else a 404 naming the ones there are. */
export function clusterFor(name: string, user: SessionUser | null): Cluster {
  const c = findCluster(name);
  if (c && visibleTo(user)(c)) return c;
  const names = visibleClusters(user).map((x) => x.name);
  throw new AppError(
    'not_found',
    `There is no cluster named "${name}"${names.length ? ` (clusters: ${names.join(', ')})` : ''}.`,
  );
}
