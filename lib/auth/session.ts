import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@/lib/kafka/errors';
import { authConfig, type AuthConfig } from './config';
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
    const { payload } = await jwtVerify(token, cfg.secret, { algorithms: ['HS256'], audience: 'kafscope' });
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
/** Failed sign-ins per user name, and per client address (when a proxy reports it), within the window. */
const MAX_FAILURES_USER = 5;
const MAX_FAILURES_ADDRESS = 20;
// "user:<name>" and "addr:<client address>" -> times of recent failures
const gFail = globalThis as { __kafscopeLoginFailures?: Map<string, number[]> };
const failureLog = (gFail.__kafscopeLoginFailures ??= new Map<string, number[]>());

function recentFailures(key: string, now: number) {
  const times = (failureLog.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length) failureLog.set(key, times);
  else failureLog.delete(key);
  return times;
}

// Compared against when the user does not exist, so that answer takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('kafscope-no-such-user', 10);

/** Check a user name and password; throws 401 (wrong) or 429 (too many recent failures). */
export async function checkPassword(
  cfg: Login,
  username: string,
  password: string,
  address: string | null,
): Promise<SessionUser> {
  const now = Date.now();
  const limits: [string, number][] = [[`user:${username}`, MAX_FAILURES_USER]];
  if (address) limits.push([`addr:${address}`, MAX_FAILURES_ADDRESS]);
  const keys = limits.map(([k]) => k);
  const blocked = limits
    .map(([k, max]) => [recentFailures(k, now), max] as const)
    .find(([t, max]) => t.length >= max)?.[0];
  if (blocked) {
    const wait = Math.ceil((blocked[0]! + WINDOW_MS - now) / 1000);
    throw new AppError('too_many_requests', `Too many failed sign-ins. Try again in ${wait} s.`);
  }
  const user = cfg.users.get(username);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    for (const k of keys) failureLog.set(k, [...(failureLog.get(k) ?? []), now]);
    throw new AppError('unauthorized', 'Wrong user name or password.');
  }
  for (const k of keys) failureLog.delete(k);
  return { username: user.username, role: user.role };
}

/** Constant-time comparison of a bearer token with the configured one. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
