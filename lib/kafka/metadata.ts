import 'server-only';
import { getCluster } from './client';
import type { InternalBroker } from './internals';

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
  // kafkajs's withBroker tries each broker and swallows every error, answering null when all fail: keep the
  // last error to rethrow, and stop at a protocol error (e.g. unknown topic), which any broker would repeat.
  let lastError: unknown;
  const answer = await cluster.brokerPool.withBroker(async ({ broker }) => {
    const b = broker as InternalBroker & { metadata(topics: string[]): Promise<RawMetadata> };
    try {
      return { meta: await b.metadata(topics), broker };
    } catch (e) {
      lastError = e;
      if ((e as { type?: string }).type) return null;
      throw e;
    }
  });
  if (!answer) throw lastError ?? new Error('No broker answered the metadata request.');
  return answer;
}

/** The broker with this node id, connected (throws broker_unavailable through withKafka if it is down). */
export async function brokerById(nodeId: number): Promise<InternalBroker> {
  const cluster = await getCluster();
  await cluster.refreshMetadataIfNecessary();
  return cluster.findBroker({ nodeId });
}
