import 'server-only';
import { clusterSlot, currentCluster } from '@/lib/clusters/context';
import fs from 'node:fs';
import {
  Kafka,
  logLevel,
  type Admin,
  type KafkaConfig as KafkaJsConfig,
  type LogEntry,
  type Producer,
  type SASLOptions,
} from 'kafkajs';
import type { KafkaConfig } from './config';
import { registerCodecs } from '@/lib/kafka/wire/codecs';
import { createRawCluster, tolerateLeaderlessEverywhere } from '@/lib/kafka/wire/cluster';
import { AppError, misconfigured } from '@/lib/http/errors';
import { isUnreachable, toAppError } from './errors';
import type { InternalCluster } from '@/lib/kafka/wire/internals';

// One kafkajs client, admin and raw cluster per cluster, created lazily and cached on globalThis so that
// dev hot reload does not open new connections on every edit.
type State = {
  config: KafkaConfig;
  kafka: Kafka;
  admin?: Promise<Admin>;
  cluster?: Promise<InternalCluster>;
  producer?: Promise<Producer>;
};
// Read on every use (not kept in a module constant): a test that drops the slot gets a fresh client.
const client = () => clusterSlot('kafka-client', () => ({ state: null as State | null }));

const quietLogger = () => (entry: LogEntry) => {
  // kafkajs logs every refused connection at ERROR; the API already reports those as 503s.
  if (entry.level <= logLevel.ERROR && process.env.KAFSCOPE_DEBUG) console.error(entry.log.message);
};

function readSecret(file: string, what: string, env: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw misconfigured(`${env}: the ${what} file ${file}: ${why}`);
  }
}

/** SASL and TLS options for kafkajs from the server config (files are read here, once per client). */
export function securityOptions(
  config: Pick<KafkaConfig, 'sasl' | 'tls'>,
): Pick<KafkaJsConfig, 'sasl' | 'ssl'> {
  const out: Pick<KafkaJsConfig, 'sasl' | 'ssl'> = {};
  if (config.sasl) {
    const { mechanism, username } = config.sasl;
    const password =
      config.sasl.password ??
      readSecret(config.sasl.passwordFile!, 'password', 'KAFKA_SASL_PASSWORD_FILE').replace(/\r?\n$/, '');
    // Each mechanism's options have the same shape; kafkajs types them as a union.
    out.sasl = { mechanism, username, password } as SASLOptions;
  }
  if (config.tls) {
    const t = config.tls;
    out.ssl = {
      // Certificates are always verified: there is no switch to turn verification off.
      rejectUnauthorized: true,
      ...(t.caFile && { ca: [readSecret(t.caFile, 'CA certificate', 'KAFKA_TLS_CA_FILE')] }),
      ...(t.certFile && { cert: readSecret(t.certFile, 'client certificate', 'KAFKA_TLS_CERT_FILE') }),
      ...(t.keyFile && { key: readSecret(t.keyFile, 'client key', 'KAFKA_TLS_KEY_FILE') }),
      ...(t.keyPassword && { passphrase: t.keyPassword }),
      ...(t.servername && { servername: t.servername }),
    };
  }
  return out;
}

function state(): State {
  const g = client();
  if (g.state) return g.state;
  const config = currentCluster().kafka();
  registerCodecs();
  const kafka = new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    ...securityOptions(config),
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Few, short retries: the whole call is bounded by withDeadline() anyway.
    retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
    logLevel: logLevel.ERROR,
    logCreator: quietLogger,
  });
  g.state = { config, kafka: tolerateLeaderlessEverywhere(kafka) };
  return g.state;
}

export const kafkaConfig = () => state().config;
export const kafkaClient = () => state().kafka;

export function getAdmin(): Promise<Admin> {
  const s = state();
  s.admin ??= (async () => {
    const admin = s.kafka.admin();
    await admin.connect();
    return admin;
  })().catch((e) => {
    s.admin = undefined;
    throw e;
  });
  return s.admin;
}

/**
 * The producer behind the produce form: idempotent (a retry after a lost answer cannot write a message twice),
 * acks=all on every send, and never creating a topic that does not exist.
 */
export function getProducer(): Promise<Producer> {
  const s = state();
  s.producer ??= (async () => {
    const producer = s.kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    return producer;
  })().catch((e) => {
    s.producer = undefined;
    throw e;
  });
  return s.producer;
}

/**
 * A new producer in place of `stale`: kafkajs's producer refreshes metadata for every topic it ever wrote
 * to, and once one of them is deleted every send fails with UNKNOWN_TOPIC_OR_PARTITION. Concurrent callers
 * with the same stale producer get one replacement.
 */
export async function replaceProducer(stale: Producer): Promise<Producer> {
  const s = state();
  const current = await s.producer?.catch(() => undefined);
  if (current === stale) {
    s.producer = undefined;
    void stale.disconnect().catch(() => {});
  }
  return getProducer();
}

/** A kafkajs Cluster of our own, for protocol requests kafkajs does not implement and group-less reads. */
export function getCluster(): Promise<InternalCluster> {
  const s = state();
  s.cluster ??= (async () => {
    // Never let a metadata lookup auto-create a topic (a typo in a URL must not create one).
    const cluster = createRawCluster(s.kafka, { allowAutoTopicCreation: false });
    await cluster.connect();
    await cluster.refreshMetadata();
    return cluster;
  })().catch((e) => {
    s.cluster = undefined;
    throw e;
  });
  return s.cluster;
}

/** Drop cached connections so the next call reconnects from scratch (after the cluster was unreachable). */
export async function resetConnections() {
  const s = client().state;
  if (!s) return;
  const { admin, cluster, producer } = s;
  s.admin = undefined;
  s.cluster = undefined;
  s.producer = undefined;
  await Promise.allSettled([
    admin?.then((a) => a.disconnect()),
    cluster?.then((c) => c.disconnect()),
    producer?.then((p) => p.disconnect()),
  ]);
}

/**
 * Run one call against the cluster within the configured bound (~10 s): a hung or absent broker becomes a
 * 503, never a hang. Connection failures reset the cached clients so recovery needs no restart.
 */
export async function withKafka<T>(fn: () => Promise<T>): Promise<T> {
  const { requestTimeoutMs } = state().config;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            'timeout',
            `The Kafka cluster did not answer within ${Math.round(requestTimeoutMs / 1000)} s.`,
          ),
        ),
      requestTimeoutMs,
    );
  });
  try {
    return await Promise.race([fn(), deadline]);
  } catch (e) {
    const err = toAppError(e);
    // The client only ever sees the generic message; the server log keeps what really happened.
    if (err.code === 'internal') console.error('[kafscope] unexpected error from Kafka call:', e);
    if (isUnreachable(err)) void resetConnections();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
