import 'server-only';
import fs from 'node:fs';
import type { NextRequest } from 'next/server';
import { AppError, misconfigured } from '@/lib/http/errors';

// What every state-changing request goes through (route.ts): read-only mode, a same-origin check against
// cross-site request forgery, and an audit line afterwards. Enforced here on the server, not by hiding
// buttons.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isMutation = (req: NextRequest) => !SAFE_METHODS.has(req.method.toUpperCase());

function flag(name: string): boolean {
  const v = (process.env[name] ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  if (v === '1' || v === 'true' || v === 'yes') return true;
  throw misconfigured(`${name}: expected true or false`);
}

/** KAFSCOPE_READ_ONLY=true: every mutating route answers 403 and the UI hides changes. */
export const readOnly = () => flag('KAFSCOPE_READ_ONLY');

/**
 * Refuse a state change that a browser sent on behalf of another site. Browsers send Origin on every
 * cross-origin POST/PATCH/DELETE and Sec-Fetch-Site on all requests; a request without either comes from a
 * tool (curl, scripts), not from a page another site controls, and is allowed.
 */
export function checkSameOrigin(req: NextRequest) {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    throw new AppError(
      'forbidden',
      'Cross-site request refused: changes are only accepted from Kafscope itself.',
    );
  // Without Origin, a Referer from another site counts the same (some clients send only that).
  const origin = req.headers.get('origin') ?? req.headers.get('referer');
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError(
      'forbidden',
      'Cross-site request refused: the Origin (or Referer) header is not a URL.',
    );
  }
  // X-Forwarded-Host only from the trusted proxy: a client could otherwise name the Origin it sends.
  const expected =
    (trustProxy() ? req.headers.get('x-forwarded-host') : null) ??
    req.headers.get('host') ??
    req.nextUrl.host;
  if (host !== expected)
    throw new AppError(
      'forbidden',
      `Cross-site request refused: origin ${origin} is not this Kafscope (${expected}).`,
    );
}

/** Throws a 403 (or 503 for a bad setting) in read-only mode, or when the cluster is read-only. */
export function checkWritable(cluster?: { name: string; readOnly: boolean } | null) {
  if (readOnly())
    throw new AppError(
      'forbidden',
      'Kafscope runs in read-only mode (KAFSCOPE_READ_ONLY): changes are disabled.',
    );
  if (cluster?.readOnly)
    throw new AppError(
      'forbidden',
      `The cluster ${cluster.name} is read-only (readOnly in KAFSCOPE_CONFIG): changes are disabled there.`,
    );
}

/**
 * KAFSCOPE_TRUST_PROXY=true: Kafscope runs behind a reverse proxy that sets X-Forwarded-For and
 * X-Forwarded-Proto. Without it those headers are ignored: any client could write them.
 */
export const trustProxy = () => flag('KAFSCOPE_TRUST_PROXY');

/**
 * The client's address as the trusted reverse proxy reports it (null without one): the right-most
 * X-Forwarded-For entry, the one our proxy appended. Entries to its left come from the client, which can
 * write anything there.
 */
export const clientAddress = (req: NextRequest) =>
  trustProxy() ? req.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null : null;

/** Whether the browser reached us over https (directly, or through the trusted proxy). */
export const viaHttps = (req: NextRequest) =>
  req.nextUrl.protocol === 'https:' || (trustProxy() && req.headers.get('x-forwarded-proto') === 'https');

/** The query string with one-time secrets (an OIDC code and state, tokens) blanked. */
function redactedQuery(req: NextRequest): string {
  const q = new URLSearchParams(req.nextUrl.search);
  for (const k of ['code', 'state', 'token', 'password', 'session_state'])
    if (q.has(k)) q.set(k, '[redacted]');
  const s = q.toString();
  return s ? `?${s}` : '';
}

const SECRET_CONFIG = /password|secret|jaas|key|token|credential/i;

/** A config change for the audit line: the keys set (values shown unless they look secret) and reset. */
export function configChanges(b: { set: Record<string, string>; reset: string[] }) {
  return {
    set: Object.fromEntries(
      Object.entries(b.set).map(([k, v]) => [k, SECRET_CONFIG.test(k) ? '[redacted]' : v]),
    ),
    reset: b.reset,
  };
}

/**
 * One JSON line per mutation: when, who, what, result, and what changed (`changes`, from the route's
 * audit option). To KAFSCOPE_AUDIT_LOG (a file, appended) when set, otherwise to stdout. Who: the
 * signed-in user (null when login is off), the account a sign-in was for, and the client address.
 */
export function audit(
  req: NextRequest,
  status: number,
  error?: string,
  user?: string,
  changes?: Record<string, unknown>,
) {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    who: { user: user ?? null, address: clientAddress(req) },
    action: `${req.method.toUpperCase()} ${req.nextUrl.pathname}`,
    query: redactedQuery(req) || undefined,
    changes,
    status,
    result: status < 400 ? 'ok' : 'refused',
    error,
  });
  const file = process.env.KAFSCOPE_AUDIT_LOG?.trim();
  if (!file) {
    console.log(`[audit] ${line}`);
    return;
  }
  try {
    fs.appendFileSync(file, `${line}\n`);
  } catch (e) {
    console.error(`[kafscope] cannot write the audit log ${file}: ${(e as Error).message}`, line);
  }
}

/** readOnly(), but a bad KAFSCOPE_READ_ONLY counts as false for drawing the page (the API says why on changes). */
export function readOnlyOrFalse() {
  try {
    return readOnly();
  } catch {
    return false;
  }
}
