import 'server-only';
import type { Kafka } from 'kafkajs';
import type { InternalCluster } from './internals';
import { tolerateLeaderlessPartitions } from './tolerant-metadata';

// kafkajs's Cluster (the connections to every broker, metadata, the broker pool) is created by a private
// method of the Kafka client, found by its symbol's description. We use it for requests kafkajs does not
// implement and for group-less reads.

const CREATE_CLUSTER = 'private:Kafka:createCluster';
type ClusterFactory = (o: object) => InternalCluster;

function clusterFactory(kafka: Kafka): { sym: symbol; create: ClusterFactory } {
  const sym = Object.getOwnPropertySymbols(kafka).find((x) => x.description === CREATE_CLUSTER);
  if (!sym) throw new Error('kafkajs internals changed: createCluster not found');
  return { sym, create: (kafka as unknown as Record<symbol, ClusterFactory>)[sym]! };
}

/**
 * Every cluster this client creates (admin, producer, ours) keeps leaderless partitions in metadata
 * answers instead of failing the whole refresh (tolerant-metadata.ts).
 */
export function tolerateLeaderlessEverywhere(kafka: Kafka): Kafka {
  const { sym, create } = clusterFactory(kafka);
  (kafka as unknown as Record<symbol, ClusterFactory>)[sym] = (o) => tolerateLeaderlessPartitions(create(o));
  return kafka;
}

/** A kafkajs Cluster of our own, not connected yet. */
export const createRawCluster = (kafka: Kafka, options: { allowAutoTopicCreation: boolean }) =>
  clusterFactory(kafka).create(options);
