import 'server-only';
import { getCluster } from './client';
import { AppError } from '@/lib/http/errors';
import type { InternalBroker } from '@/lib/kafka/wire/internals';

export type RawPartition = {
  partitionId: number;
  partitionErrorCode: number;
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas?: number[];
};
export type RawTopic = {
  topic: string;
  topicErrorCode: number;
  isInternal: boolean;
  partitionMetadata: RawPartition[];
};
export type RawMetadata = {
  clusterId: string | null;
  controllerId: number;
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[];
  topicMetadata: RawTopic[];
};

/**
 * One Metadata request through our raw cluster (kafkajs's admin drops racks and the internal flag).
 * `topics` empty = every topic. Returns the broker that answered, for follow-up requests.
 */
export async function fetchMetadata(
  topics: string[] = [],
): Promise<{ meta: RawMetadata; broker: InternalBroker }> {
  const cluster = await getCluster();
  // Ask the known brokers in random order until one answers. (kafkajs's withBroker gives up as soon as
  // connecting to one of them fails, so one stopped broker failed a third of all lookups.) A protocol
  // error (e.g. unknown topic) is final: any broker would repeat it.
  const ids = Object.keys(cluster.brokerPool.brokers ?? {}).sort(() => Math.random() - 0.5);
  let lastError: unknown = new AppError('broker_unavailable', 'No broker of the cluster is known yet.');
  for (const nodeId of ids) {
    try {
      const broker = (await cluster.findBroker({ nodeId })) as InternalBroker & {
        metadata(topics: string[]): Promise<RawMetadata>;
      };
      return { meta: await broker.metadata(topics), broker };
    } catch (e) {
      if ((e as { type?: string }).type) throw e;
      lastError = e;
    }
  }
  throw lastError;
}

/** The broker with this node id, connected (throws broker_unavailable through withKafka if it is down). */
export async function brokerById(nodeId: number): Promise<InternalBroker> {
  const cluster = await getCluster();
  // A broker we already know needs no metadata refresh first (a refresh can fail while the cluster is
  // partly down, and must not stop reads from the brokers that are up).
  if (!cluster.brokerPool.brokers?.[nodeId]) await cluster.refreshMetadataIfNecessary();
  return cluster.findBroker({ nodeId });
}
