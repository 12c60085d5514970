import { afterAll, describe, expect, it } from 'vitest';
import { getHealth, getOverview } from './service';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';

const admin = testKafka().admin();
const warmTopic = uniqueName('overview-warm');
const topic = uniqueName('overview');
const group = uniqueName('overview-group');

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic, warmTopic] }).catch(() => {});
  await admin.deleteGroups([group, `${group}-warm`]).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

describe('cluster overview against the real broker', () => {
  it('names the broker, the real controller (quorum leader) and the Kafka version', async () => {
    const o = await getOverview();
    expect(o.brokers).toHaveLength(1);
    expect(o.brokers[0]).toMatchObject({ id: 1, host: '127.0.0.1', port: 9192, isController: true });
    expect(o.controller).toEqual({ id: 1, source: 'quorum', voters: [1] });
    expect(o.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(o.kafkaVersion?.label).toBe('4.1 or later');
  });

  it('counts topics, partitions and groups as they appear', async () => {
    // The first group commit on a fresh broker creates __consumer_offsets (50 partitions): do one first.
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: warmTopic }], waitForLeaders: true });
    await admin.setOffsets({
      groupId: `${group}-warm`,
      topic: warmTopic,
      partitions: [{ partition: 0, offset: '0' }],
    });
    const before = await getOverview();
    await admin.createTopics({
      topics: [{ topic, numPartitions: 4, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '0' }] });
    const after = await getOverview();
    expect(after.topics.total).toBe(before.topics.total + 1);
    expect(after.partitions.total).toBe(before.partitions.total + 4);
    expect(after.partitions.underReplicated).toBe(0);
    expect(after.partitions.offline).toBe(0);
    expect(after.consumerGroups).toBe(before.consumerGroups + 1);
    expect(after.topics.internal).toBeGreaterThanOrEqual(1);
    expect(after.brokers[0]!.leaderCount).toBe(before.brokers[0]!.leaderCount + 4);
  });

  it('answers health with the broker count', async () => {
    const h = await getHealth();
    expect(h).toMatchObject({ status: 'ok', brokers: 1 });
  });
});
