import 'server-only';
import { getCluster } from './client';
import { AppError } from '@/lib/http/errors';
import { toAppError } from './errors';
import type { InternalBroker, RawMetadata, RawTopic } from '@/lib/kafka/wire/internals';
export type { RawMetadata, RawPartition, RawTopic } from '@/lib/kafka/wire/internals';

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
      const broker = await cluster.findBroker({ nodeId });
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

/** The topic's metadata (404 when Kafka does not know it), the cluster's brokers and the one that answered. */
export async function describeOne(
  name: string,
): Promise<{ topic: RawTopic; brokers: number[]; broker: InternalBroker }> {
  const { meta, broker } = await fetchMetadata([name]).catch((e: unknown) => {
    throw toAppError(e).code === 'not_found'
      ? new AppError('not_found', `Topic "${name}" does not exist.`)
      : e;
  });
  const topic = meta.topicMetadata.find((t) => t.topic === name);
  if (!topic || topic.topicErrorCode === 3)
    throw new AppError('not_found', `Topic "${name}" does not exist.`);
  return { topic, brokers: meta.brokers.map((b) => b.nodeId), broker };
}
