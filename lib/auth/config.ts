import 'server-only';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/kafka/errors';
import { ROLES } from '@/lib/schemas/roles';

// Console login settings, from server env only:
//   KAFSCOPE_AUTH            login (default) | off. Login is off only when this says so.
//   KAFSCOPE_USERS_FILE      a JSON file: [{ "username", "role": viewer|editor|admin, "passwordHash": bcrypt }]
//   KAFSCOPE_USERS           the same JSON inline (for container env); not both
//   KAFSCOPE_SESSION_SECRET  at least 32 characters, signs session cookies; random per process when unset
//                            (sessions then end when the server restarts)
//   KAFSCOPE_SESSION_HOURS   how long a session lasts (default 12)
//   KAFSCOPE_METRICS_TOKEN   lets Prometheus read /api/metrics with "Authorization: Bearer <token>"

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
export type AuthConfig =
  | { mode: 'off' }
  | {
      mode: 'login';
      users: Map<string, User>;
      secret: Uint8Array;
      sessionSeconds: number;
      metricsToken: string | null;
    };

const misconfigured = (why: string) =>
  new AppError('config_invalid', `Kafscope is misconfigured (${why}). Fix the environment and restart.`);

export function parseAuthConfig(
  env: Record<string, string | undefined>,
  readFile: (f: string) => string = (f) => fs.readFileSync(f, 'utf8'),
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
    users: new Map(users.map((u) => [u.username, u])),
    secret: secretText ? new TextEncoder().encode(secretText) : randomBytes(32),
    sessionSeconds: Math.round(hours * 3600),
    metricsToken,
  };
}

const g = globalThis as { __kafscopeAuth?: AuthConfig };
/** Parsed once per process (the random secret must stay the same for every request). */
export function authConfig(): AuthConfig {
  g.__kafscopeAuth ??= parseAuthConfig(process.env);
  return g.__kafscopeAuth;
}
