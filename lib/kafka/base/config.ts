import 'server-only';
import { z } from 'zod';
import { misconfigured } from '@/lib/http/errors';
import { hostPort } from '@/lib/schemas/clusters';

// Cluster connection settings come from server env only, never from a browser (peers had RCE through
// user-supplied client settings: CVE-2023-25194, CVE-2024-32030).

const ms = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

const envSchema = z.object({
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    )
    .pipe(z.array(hostPort).min(1, 'at least one broker')),
  KAFKA_CLIENT_ID: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,100}$/, 'letters, digits, . _ - only')
    .default('kafscope'),
  KAFKA_CONNECTION_TIMEOUT_MS: ms(3000, 100, 60_000),
  /** Upper bound for one API call to the cluster, retries included: a hung broker answers 503, not a hang. */
  KAFKA_REQUEST_TIMEOUT_MS: ms(10_000, 500, 120_000),
  /** How often the lag history samples committed and end offsets. */
  KAFSCOPE_LAG_SAMPLE_MS: ms(15_000, 1000, 3_600_000),
  /** Samples kept per partition (a ring): 480 x 15 s = 2 hours. */
  KAFSCOPE_LAG_HISTORY_SAMPLES: z.coerce.number().int().min(10).max(20_000).default(480),
  KAFKA_SASL_MECHANISM: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(['plain', 'scram-sha-256', 'scram-sha-512'], 'expected plain, scram-sha-256 or scram-sha-512'),
    )
    .optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).max(1000).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).max(10_000).optional(),
  KAFKA_SASL_PASSWORD_FILE: z.string().trim().min(1).optional(),
  KAFKA_TLS: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], 'expected true or false'))
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional(),
  KAFKA_TLS_CA_FILE: z.string().trim().min(1).optional(),
  KAFKA_TLS_CERT_FILE: z.string().trim().min(1).optional(),
  KAFKA_TLS_KEY_FILE: z.string().trim().min(1).optional(),
  KAFKA_TLS_KEY_PASSWORD: z.string().min(1).optional(),
  /** The name the broker's certificate must carry, when it differs from the host in KAFKA_BROKERS. */
  KAFKA_TLS_SERVERNAME: z.string().trim().min(1).max(253).optional(),
});
const keys = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export type SaslConfig = {
  mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  username: string;
  /** The password itself, or the file it is read from (KAFKA_SASL_PASSWORD_FILE, read at connect). */
  password?: string;
  passwordFile?: string;
};
/** TLS to the brokers: file paths, read when the client is created (client.ts). */
export type TlsConfig = {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  keyPassword?: string;
  servername?: string;
};

export type KafkaConfig = {
  brokers: string[];
  clientId: string;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  lagSampleMs: number;
  lagHistorySamples: number;
  sasl: SaslConfig | null;
  tls: TlsConfig | null;
};

export function parseConfig(env: Record<string, string | undefined>): KafkaConfig {
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const r = envSchema.safeParse(Object.fromEntries(keys.map((k) => [k, blank(env[k])])));
  if (!r.success)
    // Issue paths name the variable; values are never echoed (they may be passwords).
    throw misconfigured(r.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`).join('; '));
  const d = r.data;

  let sasl: SaslConfig | null = null;
  if (d.KAFKA_SASL_MECHANISM) {
    if (!d.KAFKA_SASL_USERNAME)
      throw misconfigured('KAFKA_SASL_MECHANISM is set but KAFKA_SASL_USERNAME is not');
    if (!d.KAFKA_SASL_PASSWORD && !d.KAFKA_SASL_PASSWORD_FILE)
      throw misconfigured(
        'KAFKA_SASL_MECHANISM is set but neither KAFKA_SASL_PASSWORD nor KAFKA_SASL_PASSWORD_FILE is',
      );
    if (d.KAFKA_SASL_PASSWORD && d.KAFKA_SASL_PASSWORD_FILE)
      throw misconfigured('set KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, not both');
    sasl = {
      mechanism: d.KAFKA_SASL_MECHANISM,
      username: d.KAFKA_SASL_USERNAME,
      ...(d.KAFKA_SASL_PASSWORD
        ? { password: d.KAFKA_SASL_PASSWORD }
        : { passwordFile: d.KAFKA_SASL_PASSWORD_FILE }),
    };
  } else if (d.KAFKA_SASL_USERNAME || d.KAFKA_SASL_PASSWORD || d.KAFKA_SASL_PASSWORD_FILE) {
    throw misconfigured(
      'SASL credentials are set but KAFKA_SASL_MECHANISM is not (plain, scram-sha-256 or scram-sha-512)',
    );
  }

  const tlsFiles = d.KAFKA_TLS_CA_FILE || d.KAFKA_TLS_CERT_FILE || d.KAFKA_TLS_KEY_FILE;
  if (d.KAFKA_TLS === false && (tlsFiles || d.KAFKA_TLS_SERVERNAME))
    throw misconfigured('KAFKA_TLS is false but TLS files or a server name are set');
  if (Boolean(d.KAFKA_TLS_CERT_FILE) !== Boolean(d.KAFKA_TLS_KEY_FILE))
    throw misconfigured('a client certificate needs both KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE');
  if (d.KAFKA_TLS_KEY_PASSWORD && !d.KAFKA_TLS_KEY_FILE)
    throw misconfigured('KAFKA_TLS_KEY_PASSWORD is set but KAFKA_TLS_KEY_FILE is not');
  const tls: TlsConfig | null =
    d.KAFKA_TLS || tlsFiles || d.KAFKA_TLS_SERVERNAME
      ? {
          caFile: d.KAFKA_TLS_CA_FILE,
          certFile: d.KAFKA_TLS_CERT_FILE,
          keyFile: d.KAFKA_TLS_KEY_FILE,
          keyPassword: d.KAFKA_TLS_KEY_PASSWORD,
          servername: d.KAFKA_TLS_SERVERNAME,
        }
      : null;

  return {
    brokers: r.data.KAFKA_BROKERS,
    clientId: r.data.KAFKA_CLIENT_ID,
    connectionTimeoutMs: r.data.KAFKA_CONNECTION_TIMEOUT_MS,
    requestTimeoutMs: r.data.KAFKA_REQUEST_TIMEOUT_MS,
    lagSampleMs: r.data.KAFSCOPE_LAG_SAMPLE_MS,
    lagHistorySamples: r.data.KAFSCOPE_LAG_HISTORY_SAMPLES,
    sasl,
    tls,
  };
}

/** How Kafscope talks to the brokers, for the overview: "SASL_SSL (SCRAM-SHA-512 as alice)". */
export const securityProtocol = (c: Pick<KafkaConfig, 'sasl' | 'tls'>) =>
  `${c.sasl ? 'SASL_' : ''}${c.tls ? 'SSL' : 'PLAINTEXT'}` as const;

export function securityLabel(c: Pick<KafkaConfig, 'sasl' | 'tls'>): string {
  const protocol = securityProtocol(c);
  const details = [
    c.sasl && `${c.sasl.mechanism.toUpperCase()} as ${c.sasl.username}`,
    c.tls?.certFile && 'client certificate',
  ].filter(Boolean);
  return details.length ? `${protocol} (${details.join(', ')})` : protocol;
}

let cached: KafkaConfig | undefined;
export function getConfig(): KafkaConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
