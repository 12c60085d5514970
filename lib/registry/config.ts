import 'server-only';
import fs from 'node:fs';
import { z } from 'zod';
import { misconfigured } from '@/lib/http/errors';

// The Schema Registry connection, from server env only (like the cluster's): one or several URLs of a
// Confluent-compatible API (Confluent, Redpanda, Apicurio's /apis/ccompat/v7, Karapace), tried in turn;
// basic auth or a bearer token (secrets from files allowed); a CA and a client certificate for TLS.

const url = z
  .string()
  .trim()
  .url('expected an http(s) URL')
  .refine((u) => /^https?:\/\//.test(u), 'expected an http(s) URL')
  .transform((u) => u.replace(/\/+$/, ''));

const envSchema = z.object({
  KAFSCOPE_SCHEMA_REGISTRY_URL: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(url)),
  KAFSCOPE_SCHEMA_REGISTRY_USERNAME: z.string().min(1).max(1000).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_PASSWORD: z.string().min(1).max(10_000).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_PASSWORD_FILE: z.string().trim().min(1).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_TOKEN: z.string().min(1).max(20_000).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_TOKEN_FILE: z.string().trim().min(1).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_CA_FILE: z.string().trim().min(1).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_CERT_FILE: z.string().trim().min(1).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_KEY_FILE: z.string().trim().min(1).optional(),
  KAFSCOPE_SCHEMA_REGISTRY_TIMEOUT_MS: z.coerce.number().int().min(200).max(120_000).default(5000),
});

export type RegistryConfig = {
  urls: string[];
  /** The Authorization header, when the registry needs one. */
  authorization: string | null;
  tls: { ca?: string; cert?: string; key?: string } | null;
  timeoutMs: number;
};

function readSecret(file: string, env: string) {
  try {
    return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw misconfigured(`${env}: the file ${file}: ${why}`);
  }
}

/** The registry settings, or null when no registry is configured. Throws config_invalid naming the variable. */
export function parseRegistryConfig(env: Record<string, string | undefined>): RegistryConfig | null {
  const r = envSchema.safeParse(env);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw misconfigured(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = r.data;
  if (!e.KAFSCOPE_SCHEMA_REGISTRY_URL.length) return null;
  const password =
    e.KAFSCOPE_SCHEMA_REGISTRY_PASSWORD ??
    (e.KAFSCOPE_SCHEMA_REGISTRY_PASSWORD_FILE &&
      readSecret(e.KAFSCOPE_SCHEMA_REGISTRY_PASSWORD_FILE, 'KAFSCOPE_SCHEMA_REGISTRY_PASSWORD_FILE'));
  const token =
    e.KAFSCOPE_SCHEMA_REGISTRY_TOKEN ??
    (e.KAFSCOPE_SCHEMA_REGISTRY_TOKEN_FILE &&
      readSecret(e.KAFSCOPE_SCHEMA_REGISTRY_TOKEN_FILE, 'KAFSCOPE_SCHEMA_REGISTRY_TOKEN_FILE'));
  if (e.KAFSCOPE_SCHEMA_REGISTRY_USERNAME && !password)
    throw misconfigured(
      'KAFSCOPE_SCHEMA_REGISTRY_USERNAME is set without KAFSCOPE_SCHEMA_REGISTRY_PASSWORD(_FILE)',
    );
  if (e.KAFSCOPE_SCHEMA_REGISTRY_USERNAME && token)
    throw misconfigured('KAFSCOPE_SCHEMA_REGISTRY: set a user name and password or a token, not both');
  const authorization = e.KAFSCOPE_SCHEMA_REGISTRY_USERNAME
    ? `Basic ${Buffer.from(`${e.KAFSCOPE_SCHEMA_REGISTRY_USERNAME}:${password}`).toString('base64')}`
    : token
      ? `Bearer ${token.trim()}`
      : null;
  const ca = e.KAFSCOPE_SCHEMA_REGISTRY_CA_FILE;
  const cert = e.KAFSCOPE_SCHEMA_REGISTRY_CERT_FILE;
  const key = e.KAFSCOPE_SCHEMA_REGISTRY_KEY_FILE;
  if (Boolean(cert) !== Boolean(key))
    throw misconfigured(
      'KAFSCOPE_SCHEMA_REGISTRY_CERT_FILE and KAFSCOPE_SCHEMA_REGISTRY_KEY_FILE go together',
    );
  const tls =
    ca || cert
      ? {
          ...(ca && { ca: readSecret(ca, 'KAFSCOPE_SCHEMA_REGISTRY_CA_FILE') }),
          ...(cert && { cert: readSecret(cert, 'KAFSCOPE_SCHEMA_REGISTRY_CERT_FILE') }),
          ...(key && { key: readSecret(key, 'KAFSCOPE_SCHEMA_REGISTRY_KEY_FILE') }),
        }
      : null;
  return {
    urls: e.KAFSCOPE_SCHEMA_REGISTRY_URL,
    authorization,
    tls,
    timeoutMs: e.KAFSCOPE_SCHEMA_REGISTRY_TIMEOUT_MS,
  };
}
