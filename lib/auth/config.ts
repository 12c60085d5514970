import 'server-only';
import { processSlot } from '@/lib/process-state';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { misconfigured } from '@/lib/http/errors';
import { ROLES, type Role } from '@/lib/schemas/roles';
import { dummyCostOf, warmPasswordCheck } from './password-check';

// Console login settings, from server env only:
//   KAFSCOPE_AUTH            login (default) | off. Login is off only when this says so.
//   KAFSCOPE_USERS_FILE      a JSON file: [{ "username", "role": viewer|editor|admin, "passwordHash": bcrypt }]
//   KAFSCOPE_USERS           the same JSON inline (for container env); not both
//   KAFSCOPE_SESSION_SECRET  at least 32 characters, signs session cookies; random per process when unset
//                            (sessions then end when the server restarts)
//   KAFSCOPE_SESSION_HOURS   how long a session lasts (default 12)
//   KAFSCOPE_METRICS_TOKEN   lets Prometheus read /api/metrics with "Authorization: Bearer <token>"
//   KAFSCOPE_OIDC_*          single sign-on with an OpenID Connect provider (see OidcConfig below)

const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;

const userSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[\w.@+-]{1,64}$/, 'user names are 1-64 letters, digits or . _ @ + -'),
  role: z.enum(ROLES, `expected one of ${ROLES.join(', ')}`),
  passwordHash: z.string().regex(BCRYPT, 'expected a bcrypt hash (npm run hash-password)'),
});
const usersSchema = z
  .array(userSchema)
  .refine((us) => new Set(us.map((u) => u.username)).size === us.length, 'user names must be unique');

export type User = z.infer<typeof userSchema>;

/**
 * OpenID Connect sign-in (authorization code flow with PKCE). The role comes from a claim of the ID token
 * (default `groups`): the highest role whose group list it contains, else the default role ("none": such
 * accounts are refused).
 */
export type OidcConfig = {
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  /** Where browsers reach Kafscope; the callback is <publicUrl>/api/auth/oidc/callback. */
  publicUrl: URL;
  scopes: string;
  rolesClaim: string;
  groups: Record<Role, string[]>;
  defaultRole: Role | null;
  /** The sign-in button says "Sign in with <label>". */
  label: string;
};

export type AuthConfig =
  | { mode: 'off' }
  | {
      mode: 'login';
      users: Map<string, User>;
      secret: Uint8Array;
      sessionSeconds: number;
      metricsToken: string | null;
      oidc: OidcConfig | null;
      /** The bcrypt cost an unknown user's check runs at (the users' highest). */
      dummyCost: number;
    };

export function parseAuthConfig(
  env: Record<string, string | undefined>,
  readFile: (f: string) => string = (f) => fs.readFileSync(f, 'utf8'),
  /** The random secret of an earlier parse, kept when the users file is reloaded. */
  randomSecret: Uint8Array = randomBytes(32),
): AuthConfig {
  const get = (k: string) => (env[k]?.trim() ? env[k]!.trim() : undefined);
  const mode = (get('KAFSCOPE_AUTH') ?? 'login').toLowerCase();
  if (mode === 'off') return { mode: 'off' };
  if (mode !== 'login') throw misconfigured('KAFSCOPE_AUTH: expected login or off');

  const file = get('KAFSCOPE_USERS_FILE');
  const inline = get('KAFSCOPE_USERS');
  if (file && inline) throw misconfigured('set KAFSCOPE_USERS_FILE or KAFSCOPE_USERS, not both');
  let users: User[] = [];
  if (file || inline) {
    const where = file ? 'KAFSCOPE_USERS_FILE' : 'KAFSCOPE_USERS';
    let text: string;
    try {
      text = file ? readFile(file) : inline!;
    } catch {
      throw misconfigured(`KAFSCOPE_USERS_FILE: ${file} cannot be read`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw misconfigured(`${where}: not valid JSON`);
    }
    const r = usersSchema.safeParse(json);
    if (!r.success)
      throw misconfigured(
        `${where}: ${r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
      );
    users = r.data;
  }

  const secretText = get('KAFSCOPE_SESSION_SECRET');
  if (secretText && secretText.length < 32)
    throw misconfigured('KAFSCOPE_SESSION_SECRET: at least 32 characters');
  const hours = Number(get('KAFSCOPE_SESSION_HOURS') ?? 12);
  if (!Number.isFinite(hours) || hours < 0.01 || hours > 24 * 30)
    throw misconfigured('KAFSCOPE_SESSION_HOURS: a number of hours between 0.01 and 720');
  const metricsToken = get('KAFSCOPE_METRICS_TOKEN') ?? null;
  if (metricsToken && metricsToken.length < 16)
    throw misconfigured('KAFSCOPE_METRICS_TOKEN: at least 16 characters');

  return {
    mode: 'login',
    oidc: parseOidc(get),
    users: new Map(users.map((u) => [u.username, u])),
    secret: secretText ? new TextEncoder().encode(secretText) : randomSecret,
    sessionSeconds: Math.round(hours * 3600),
    metricsToken,
    dummyCost: dummyCostOf(users.map((u) => u.passwordHash)),
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseOidc(get: (k: string) => string | undefined): OidcConfig | null {
  const issuerText = get('KAFSCOPE_OIDC_ISSUER');
  if (!issuerText) return null;
  const url = (k: string, text: string | undefined) => {
    if (!text) throw misconfigured(`${k} is required with KAFSCOPE_OIDC_ISSUER`);
    let u: URL;
    try {
      u = new URL(text);
    } catch {
      throw misconfigured(`${k}: not a URL`);
    }
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK.has(u.hostname)))
      throw misconfigured(`${k}: must be https (plain http only on this machine)`);
    return u;
  };
  const clientId = get('KAFSCOPE_OIDC_CLIENT_ID');
  if (!clientId) throw misconfigured('KAFSCOPE_OIDC_CLIENT_ID is required with KAFSCOPE_OIDC_ISSUER');
  const list = (k: string) =>
    (get(k) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const fallback = (get('KAFSCOPE_OIDC_DEFAULT_ROLE') ?? 'none').toLowerCase();
  if (fallback !== 'none' && !(ROLES as readonly string[]).includes(fallback))
    throw misconfigured('KAFSCOPE_OIDC_DEFAULT_ROLE: expected none, viewer, editor or admin');
  return {
    issuer: url('KAFSCOPE_OIDC_ISSUER', issuerText),
    clientId,
    clientSecret: get('KAFSCOPE_OIDC_CLIENT_SECRET') ?? null,
    publicUrl: url('KAFSCOPE_PUBLIC_URL', get('KAFSCOPE_PUBLIC_URL')),
    scopes: get('KAFSCOPE_OIDC_SCOPES') ?? 'openid profile email',
    rolesClaim: get('KAFSCOPE_OIDC_ROLES_CLAIM') ?? 'groups',
    groups: {
      admin: list('KAFSCOPE_OIDC_ADMIN_GROUPS'),
      editor: list('KAFSCOPE_OIDC_EDITOR_GROUPS'),
      viewer: list('KAFSCOPE_OIDC_VIEWER_GROUPS'),
    },
    defaultRole: fallback === 'none' ? null : (fallback as Role),
    label: get('KAFSCOPE_OIDC_LABEL') ?? 'SSO',
  };
}

const loaded = () =>
  processSlot('auth-config', () => ({
    config: null as AuthConfig | null,
    stamp: '',
    secret: randomBytes(32),
  }));

/** What identifies the users file's current content (re-read when it changes). */
function usersFileStamp(): string {
  const file = process.env.KAFSCOPE_USERS_FILE?.trim();
  if (!file) return '';
  try {
    const st = fs.statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return 'unreadable';
  }
}

/**
 * Parsed once per process, and again whenever KAFSCOPE_USERS_FILE changes (one stat per call): a user
 * removed from the file is signed out and refused at once. A file that no longer parses fails closed:
 * every request is a 503 naming the problem until it is fixed. The random secret (no
 * KAFSCOPE_SESSION_SECRET) stays the same across reloads.
 */
export function authConfig(): AuthConfig {
  const stamp = usersFileStamp();
  const s = loaded();
  if (s.config && s.stamp === stamp) return s.config;
  const cfg = parseAuthConfig(process.env, undefined, s.secret);
  s.config = cfg;
  s.stamp = stamp;
  if (cfg.mode === 'login' && cfg.users.size) warmPasswordCheck(cfg.dummyCost);
  return cfg;
}
