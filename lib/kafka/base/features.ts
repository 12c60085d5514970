import 'server-only';
import { clusterSlot } from '@/lib/clusters/context';
import type { ApiVersions, InternalBroker } from '@/lib/kafka/wire/internals';
import { finalizedFeatures } from '@/lib/kafka/wire/requests/api-versions';

// What a console needs that not every Kafka-compatible broker has, decided from ApiVersions (never from a
// version string: Redpanda and others report their own). Each missing feature either has a fallback or is
// hidden, and the overview says which and why.
export const FEATURES = {
  quorum: {
    apiKey: 55,
    api: 'DescribeQuorum',
    label: 'KRaft quorum',
    reason:
      'No KRaft quorum to describe (ZooKeeper mode, or a broker without DescribeQuorum): the controller shown is the one Metadata names, and there are no voters.',
  },
  'consumer-protocol': {
    apiKey: 69,
    api: 'ConsumerGroupDescribe',
    label: 'New consumer group protocol (KIP-848)',
    level: 'group.version',
    reason:
      'No consumer groups on the new rebalance protocol (KIP-848, Kafka 4.0+): every group is a classic one.',
  },
  'share-groups': {
    apiKey: 77,
    api: 'ShareGroupDescribe',
    label: 'Share groups (KIP-932)',
    level: 'share.version',
    reason: 'No share groups (KIP-932 "queues for Kafka", Kafka 4.1+ with share.version enabled).',
  },
} satisfies Record<string, { apiKey: number; api: string; label: string; level?: string; reason: string }>;
export type Feature = keyof typeof FEATURES;

/**
 * Does the broker have this feature? Its API must be listed and, where Kafka gates the feature behind a
 * feature level (share.version, group.version), that level must be finalized at 1 or more. `finalized`
 * null: the broker does not report levels (ApiVersions below v3), so the API's presence decides.
 */
export function hasFeature(v: ApiVersions, f: Feature, finalized: Record<string, number> | null = null) {
  const spec: { apiKey: number; level?: string } = FEATURES[f];
  if (v[spec.apiKey] === undefined) return false;
  return !spec.level || finalized === null || (finalized[spec.level] ?? 0) >= 1;
}

/** The features this broker lacks, each with the reason a person reads on the overview. */
export function missingFeatures(
  v: ApiVersions,
  finalized: Record<string, number> | null,
): { feature: Feature; label: string; reason: string }[] {
  return (Object.keys(FEATURES) as Feature[])
    .filter((f) => !hasFeature(v, f, finalized))
    .map((feature) => ({ feature, label: FEATURES[feature].label, reason: FEATURES[feature].reason }));
}

// Feature levels change only when an operator runs kafka-features; ask each broker again at most once a minute.
const LEVELS_TTL_MS = 60_000;
const levels = () =>
  clusterSlot(
    'feature-levels',
    () => new Map<number, { at: number; value: Record<string, number> | null }>(),
  );

/** The cluster's finalized feature levels as this broker reports them (null: it reports none). Cached. */
export async function featureLevels(broker: InternalBroker, timeoutMs?: number) {
  const hit = levels().get(broker.nodeId);
  if (hit && Date.now() - hit.at <= LEVELS_TTL_MS) return hit.value;
  const value = await finalizedFeatures(broker, timeoutMs).catch(() => null);
  levels().set(broker.nodeId, { at: Date.now(), value });
  return value;
}

/** Does the cluster (as this broker reports it) have the feature? */
export async function brokerHasFeature(broker: InternalBroker, f: Feature, timeoutMs?: number) {
  if (!hasFeature(broker.versions, f)) return false;
  return hasFeature(broker.versions, f, await featureLevels(broker, timeoutMs));
}
