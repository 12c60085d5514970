import 'server-only';
import { misconfigured } from '@/lib/http/errors';
import { getConfig, parseConfig, type KafkaConfig } from '@/lib/kafka/base/config';
import { parseRegistryConfig, type RegistryConfig } from '@/lib/registry/config';
import { processSlot } from '@/lib/process-state';
import { clusterNameSchema } from '@/lib/schemas/clusters';
import type { Role } from '@/lib/schemas/roles';
import { readClustersFile, type ClusterEntry } from './file';

// The clusters this console shows. With KAFSCOPE_CONFIG: the file's list (checked at start by
// instrumentation.ts, which stops the server on a bad file). Without it: one cluster from the env settings
// (KAFKA_BROKERS, KAFSCOPE_SCHEMA_REGISTRY_URL, ...), named KAFSCOPE_CLUSTER_NAME or "default".

export type RoleCaps = Record<Role, Role | 'none'>;
export type Cluster = {
  name: string;
  /** Changes refused on this cluster (KAFSCOPE_READ_ONLY turns them off everywhere besides). */
  readOnly: boolean;
  /** What each console role may do here (its own role unless the file lowers it). */
  caps: RoleCaps;
  /** Connection settings; throws config_invalid (503 on the calls that need it) when they are bad. */
  kafka: () => KafkaConfig;
  /** The registry settings of a cluster from the file; null when it names none. Env clusters: undefined. */
  registry?: () => RegistryConfig | null;
};

const SAME: RoleCaps = { viewer: 'viewer', editor: 'editor', admin: 'admin' };

/** Env names for a file entry, so the file and the env are checked by the same rules. */
function kafkaEnv(c: ClusterEntry): Record<string, string | undefined> {
  const t = typeof c.tls === 'object' ? c.tls : {};
  return {
    ...process.env,
    KAFKA_BROKERS: c.brokers.join(','),
    KAFKA_CLIENT_ID: c.clientId ?? process.env.KAFKA_CLIENT_ID,
    KAFKA_SASL_MECHANISM: c.sasl?.mechanism,
    KAFKA_SASL_USERNAME: c.sasl?.username,
    KAFKA_SASL_PASSWORD: c.sasl?.password,
    KAFKA_SASL_PASSWORD_FILE: c.sasl?.passwordFile,
    KAFKA_TLS: c.tls ? 'true' : 'false',
    KAFKA_TLS_CA_FILE: t.caFile,
    KAFKA_TLS_CERT_FILE: t.certFile,
    KAFKA_TLS_KEY_FILE: t.keyFile,
    KAFKA_TLS_KEY_PASSWORD: t.keyPassword,
    KAFKA_TLS_SERVERNAME: t.servername,
  };
}

function registryEnv(r: NonNullable<ClusterEntry['schemaRegistry']>): Record<string, string | undefined> {
  const P = 'KAFSCOPE_SCHEMA_REGISTRY_';
  return {
    [`${P}URL`]: r.url.join(','),
    [`${P}USERNAME`]: r.username,
    [`${P}PASSWORD`]: r.password,
    [`${P}PASSWORD_FILE`]: r.passwordFile,
    [`${P}TOKEN`]: r.token,
    [`${P}TOKEN_FILE`]: r.tokenFile,
    [`${P}CA_FILE`]: r.caFile,
    [`${P}CERT_FILE`]: r.certFile,
    [`${P}KEY_FILE`]: r.keyFile,
    [`${P}TIMEOUT_MS`]: r.timeoutMs?.toString(),
  };
}

/** `fn`'s result, computed once; a config error is rethrown naming the cluster. */
function once<T>(cluster: string, fn: () => T): () => T {
  let done: { v: T } | undefined;
  return () => {
    if (done) return done.v;
    try {
      done = { v: fn() };
      return done.v;
    } catch (e) {
      throw misconfigured(
        `cluster ${cluster}: ${(e as Error).message.replace(/^Kafscope is misconfigured \((.*)\)\..*$/s, '$1')}`,
      );
    }
  };
}

function fromFile(c: ClusterEntry): Cluster {
  const reg = c.schemaRegistry;
  return {
    name: c.name,
    readOnly: c.readOnly,
    caps: { ...SAME, ...c.roles },
    kafka: once(c.name, () => parseConfig(kafkaEnv(c))),
    registry: once(c.name, () => (reg ? parseRegistryConfig(registryEnv(reg)) : null)),
  };
}

function fromEnv(): Cluster {
  const name = process.env.KAFSCOPE_CLUSTER_NAME?.trim() || 'default';
  const ok = clusterNameSchema.safeParse(name);
  if (!ok.success) throw misconfigured(`KAFSCOPE_CLUSTER_NAME: ${ok.error.issues[0]!.message}`);
  return { name, readOnly: false, caps: SAME, kafka: getConfig };
}

const slot = () => processSlot('clusters', () => ({ key: null as string | null, list: [] as Cluster[] }));

/** Every configured cluster, in the file's order. Throws config_invalid on a bad file or name. */
export function clusters(): Cluster[] {
  const s = slot();
  const key = `${process.env.KAFSCOPE_CONFIG ?? ''}\n${process.env.KAFSCOPE_CLUSTER_NAME ?? ''}`;
  if (s.key === key) return s.list;
  const file = readClustersFile();
  if (file && !file.ok) throw misconfigured(file.errors.join('; '));
  s.list = file ? file.file.clusters.map(fromFile) : [fromEnv()];
  s.key = key;
  return s.list;
}

export const findCluster = (name: string) => clusters().find((c) => c.name === name);
