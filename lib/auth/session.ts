import 'server-only';
import { processSlot } from '@/lib/process-state';
import { timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@/lib/http/errors';
import { authConfig, type AuthConfig } from './config';
import { verifyPassword } from './password-check';
import { ROLES, type Role } from '@/lib/schemas/roles';

// Sessions are HS256-signed tokens (jose) in an httpOnly, SameSite=Lax cookie. The token names the user;
// the role is read from the current user list on every request, so removing a user or changing a role
// takes effect at once, without waiting for the cookie to expire.

export const SESSION_COOKIE = 'kafscope_session';
export type SessionUser = { username: string; role: Role };
type Login = Extract<AuthConfig, { mode: 'login' }>;

/**
 * A session for a user of the list (role looked up per request), or for an account signed in through
 * OIDC (`sso`: the role mapped from the provider's claims at sign-in, kept in the token).
 */
export async function createSession(cfg: Login, username: string, sso?: { role: Role }): Promise<string> {
  return new SignJWT(sso ? { via: 'oidc', role: sso.role } : {})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(username)
    .setIssuedAt()
    .setExpirationTime(`${cfg.sessionSeconds}s`)
    .setAudience('kafscope')
    .sign(cfg.secret);
}

/** The signed-in user of a session token, or null (absent, expired, tampered with, or user removed). */
export async function sessionUser(token: string | undefined): Promise<SessionUser | null> {
  const cfg = authConfig();
  if (cfg.mode !== 'login' || !token) return null;
  try {
    // A token without an expiry (or subject) is refused, even when correctly signed: ours always have both.
    const { payload } = await jwtVerify(token, cfg.secret, {
      algorithms: ['HS256'],
      audience: 'kafscope',
      requiredClaims: ['exp', 'sub', 'iat'],
    });
    if (payload.via === 'oidc') {
      // Valid only while OIDC is still configured, with a role we know.
      const role = ROLES.find((r) => r === payload.role);
      return cfg.oidc && role && payload.sub ? { username: payload.sub, role } : null;
    }
    const user = payload.sub ? cfg.users.get(payload.sub) : undefined;
    return user ? { username: user.username, role: user.role } : null;
  } catch {
    return null;
  }
}

export function cookieOptions(secure: boolean, maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: maxAgeSeconds };
}

// --- password check with a brake on guessing ---------------------------------------------------------------
const WINDOW_MS = 5 * 60_000;
/**
 * Sign-in attempts that have not succeeded, per user name, per client address (when a proxy reports it),
 * and over all users, within the window. An attempt is counted before its password is checked (and
 * forgotten when it succeeds), so parallel guesses cannot all pass the check before any is recorded.
 * The global limit keeps a spread-out guessing run (many names, many addresses) to a bounded rate; while
 * it holds, every sign-in is refused for a while, which is the price of that bound.
 */
const MAX_FAILURES_USER = 5;
const MAX_FAILURES_ADDRESS = 20;
export const MAX_FAILURES_ALL = 200;
// "user:<name>", "addr:<client address>" and "all" -> times of recent attempts that did not succeed
const failureLog = processSlot('login-failures', () => new Map<string, number[]>());

function recentFailures(key: string, now: number) {
  const times = (failureLog.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length) failureLog.set(key, times);
  else failureLog.delete(key);
  return times;
}

/** Check a user name and password; throws 401 (wrong) or 429 (too many recent failures or checks). */
export async function checkPassword(
  cfg: Login,
  username: string,
  password: string,
  address: string | null,
): Promise<SessionUser> {
  const now = Date.now();
  const limits: [string, number][] = [
    [`user:${username}`, MAX_FAILURES_USER],
    ['all', MAX_FAILURES_ALL],
  ];
  if (address) limits.push([`addr:${address}`, MAX_FAILURES_ADDRESS]);
  const blocked = limits
    .map(([k, max]) => [recentFailures(k, now), max] as const)
    .find(([t, max]) => t.length >= max)?.[0];
  if (blocked) {
    const wait = Math.ceil((blocked[0]! + WINDOW_MS - now) / 1000);
    throw new AppError('too_many_requests', `Too many failed sign-ins. Try again in ${wait} s.`);
  }
  // Counted now, before the check; taken back below if it succeeds.
  for (const [k] of limits) failureLog.set(k, [...(failureLog.get(k) ?? []), now]);
  const forget = () => {
    for (const [k] of limits) {
      const times = failureLog.get(k) ?? [];
      const i = times.indexOf(now);
      if (i >= 0) times.splice(i, 1);
    }
  };
  const user = cfg.users.get(username);
  let ok: boolean;
  try {
    ok = await verifyPassword(password, user?.passwordHash ?? null, cfg.dummyCost);
  } catch (e) {
    forget(); // not checked (too many at once): not a guess
    throw e;
  }
  if (!user || !ok) throw new AppError('unauthorized', 'Wrong user name or password.');
  forget();
  failureLog.delete(`user:${username}`);
  if (address) failureLog.delete(`addr:${address}`);
  return { username: user.username, role: user.role };
}

/** Constant-time comparison of a bearer token with the configured one. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
