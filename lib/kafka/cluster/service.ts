import 'server-only';
import { securityLabel, securityProtocol } from '@/lib/kafka/base/config';
import type { Broker, ClusterOverview, Health } from '@/lib/types';
import { getAdmin, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { fetchMetadata } from '@/lib/kafka/base/metadata';
import { describeQuorum } from '@/lib/kafka/wire/requests/describe-quorum';
import { kafkaVersionFromApis } from './version';
import { featureLevels, hasFeature, missingFeatures } from '@/lib/kafka/base/features';

// GET /api/cluster: everything the overview shows, in four requests regardless of cluster size.
export function getOverview(): Promise<ClusterOverview> {
  return withKafka(async () => {
    const [{ meta, broker }, admin] = await Promise.all([fetchMetadata(), getAdmin()]);
    const hasQuorum = hasFeature(broker.versions, 'quorum');
    const timeout = kafkaConfig().requestTimeoutMs;
    const [quorum, groups, finalized] = await Promise.all([
      hasQuorum ? describeQuorum(broker, timeout).catch(() => null) : null,
      admin.listGroups(),
      featureLevels(broker, timeout),
    ]);

    const leaders = new Map<number, number>();
    const replicas = new Map<number, number>();
    let partitions = 0;
    let underReplicated = 0;
    let offline = 0;
    for (const t of meta.topicMetadata) {
      for (const p of t.partitionMetadata) {
        partitions++;
        if (p.isr.length < p.replicas.length) underReplicated++;
        if (p.leader < 0) offline++;
        else leaders.set(p.leader, (leaders.get(p.leader) ?? 0) + 1);
        for (const r of p.replicas) replicas.set(r, (replicas.get(r) ?? 0) + 1);
      }
    }
    // Without a quorum to ask (ZooKeeper mode, Redpanda), Metadata's controller is the real one; under KRaft
    // Metadata names a random broker, so there it is never used.
    const fromMetadata = !hasQuorum && meta.controllerId >= 0 ? meta.controllerId : null;
    const controllerId =
      quorum?.leaderId !== undefined && quorum.leaderId >= 0 ? quorum.leaderId : fromMetadata;
    const brokers: Broker[] = meta.brokers
      .map((b) => ({
        id: b.nodeId,
        host: b.host,
        port: b.port,
        rack: b.rack || null,
        isController: b.nodeId === controllerId,
        leaderCount: leaders.get(b.nodeId) ?? 0,
        replicaCount: replicas.get(b.nodeId) ?? 0,
      }))
      .sort((a, b) => a.id - b.id);
    const version = kafkaVersionFromApis(broker.versions);

    return {
      clusterId: meta.clusterId ?? 'unknown',
      bootstrap: kafkaConfig().brokers.join(','),
      security: securityLabel(kafkaConfig()),
      connection: {
        protocol: securityProtocol(kafkaConfig()),
        saslMechanism: kafkaConfig().sasl?.mechanism.toUpperCase() ?? null,
        saslUser: kafkaConfig().sasl?.username ?? null,
      },
      controller: quorum
        ? { id: controllerId, source: 'quorum', voters: [...quorum.voters].sort((a, b) => a - b) }
        : fromMetadata !== null
          ? { id: fromMetadata, source: 'metadata', voters: [] }
          : { id: null, source: 'unknown', voters: [] },
      kafkaVersion: version ? { label: version, source: 'api-versions' } : null,
      features: { missing: missingFeatures(broker.versions, finalized) },
      brokers,
      topics: {
        total: meta.topicMetadata.length,
        internal: meta.topicMetadata.filter((t) => t.isInternal || t.topic.startsWith('__')).length,
      },
      partitions: { total: partitions, underReplicated, offline },
      consumerGroups: groups.groups.length,
      fetchedAt: new Date().toISOString(),
    };
  });
}

// GET /api/health: a cheap round-trip that the shell polls to show or clear the "broker down" banner.
export function getHealth(): Promise<Health> {
  return withKafka(async () => {
    const started = performance.now();
    const admin = await getAdmin();
    const c = await admin.describeCluster();
    return { status: 'ok', brokers: c.brokers.length, latencyMs: Math.round(performance.now() - started) };
  });
}
