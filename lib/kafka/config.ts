import 'server-only';
import { z } from 'zod';
import { AppError } from './errors';

// Cluster connection settings come from server env only, never from a browser (peers had RCE through
// user-supplied client settings: CVE-2023-25194, CVE-2024-32030).
const hostPort = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:]+\]:\d{1,5}$/, 'expected host:port')
  .refine((s) => {
    const port = Number(s.slice(s.lastIndexOf(':') + 1));
    return port > 0 && port < 65536;
  }, 'port must be 1-65535');

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
});

export type KafkaConfig = {
  brokers: string[];
  clientId: string;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  lagSampleMs: number;
  lagHistorySamples: number;
};

export function parseConfig(env: Record<string, string | undefined>): KafkaConfig {
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const r = envSchema.safeParse({
    KAFKA_BROKERS: blank(env.KAFKA_BROKERS),
    KAFKA_CLIENT_ID: blank(env.KAFKA_CLIENT_ID),
    KAFKA_CONNECTION_TIMEOUT_MS: blank(env.KAFKA_CONNECTION_TIMEOUT_MS),
    KAFKA_REQUEST_TIMEOUT_MS: blank(env.KAFKA_REQUEST_TIMEOUT_MS),
    KAFSCOPE_LAG_SAMPLE_MS: blank(env.KAFSCOPE_LAG_SAMPLE_MS),
    KAFSCOPE_LAG_HISTORY_SAMPLES: blank(env.KAFSCOPE_LAG_HISTORY_SAMPLES),
  });
  if (!r.success) {
    const why = r.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`).join('; ');
    throw new AppError(
      'config_invalid',
      `Kafscope is misconfigured (${why}). Fix the environment and restart.`,
    );
  }
  return {
    brokers: r.data.KAFKA_BROKERS,
    clientId: r.data.KAFKA_CLIENT_ID,
    connectionTimeoutMs: r.data.KAFKA_CONNECTION_TIMEOUT_MS,
    requestTimeoutMs: r.data.KAFKA_REQUEST_TIMEOUT_MS,
    lagSampleMs: r.data.KAFSCOPE_LAG_SAMPLE_MS,
    lagHistorySamples: r.data.KAFSCOPE_LAG_HISTORY_SAMPLES,
  };
}

let cached: KafkaConfig | undefined;
export function getConfig(): KafkaConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
