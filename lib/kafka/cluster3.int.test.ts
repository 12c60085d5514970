import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startTest3, stopTest3, stopTest3Node, TEST3_BROKERS } from '@/test/broker.mjs';
import { uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';

// Replication needs several brokers: this file runs against its own 3-broker KRaft cluster. Each test file
// runs in its own process, so pointing KAFKA_BROKERS at it here does not touch the other files' client.
process.env.KAFKA_BROKERS = TEST3_BROKERS;
const { GET: listRoute, POST: createRoute } = await import('@/app/api/topics/route');
const { GET: topicRoute } = await import('@/app/api/topics/[topic]/route');
const { GET: clusterRoute } = await import('@/app/api/cluster/route');
const { resetConnections } = await import('./client');

const kafka = new Kafka({
  clientId: 'kafscope-test3',
  brokers: TEST3_BROKERS.split(','),
  logLevel: logLevel.NOTHING,
});
const topic = uniqueName('replicated');

beforeAll(async () => {
  await startTest3();
}, 180_000);

afterAll(async () => {
  await resetConnections();
  await stopTest3();
}, 120_000);

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('three brokers', () => {
  it('creates a topic with replication factor 3: three replicas, all in sync, leaders spread', async () => {
    const res = await call(
      createRoute,
      {},
      { method: 'POST', body: { name: topic, partitions: 3, replicationFactor: 3 } },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ replicationFactor: 3, underReplicated: 0, offline: 0 });
    for (const p of res.body.partitionList) {
      expect([...p.replicas].sort()).toEqual([1, 2, 3]);
      expect([...p.isr].sort()).toEqual([1, 2, 3]);
    }
    expect(new Set(res.body.partitionList.map((p: { leader: number }) => p.leader)).size).toBe(3);
    // Kafka agrees (read with a client that is not ours).
    const admin = kafka.admin();
    await admin.connect();
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    for (const p of meta.topics[0]!.partitions) expect(p.isr).toHaveLength(3);

    const tooMany = await call(
      createRoute,
      {},
      { method: 'POST', body: { name: uniqueName('rf4'), partitions: 1, replicationFactor: 4 } },
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('more than the 3 brokers');
  });

  it('shows under-replicated partitions when a broker stops', async () => {
    await stopTest3Node(3);
    const detail = await eventually(
      async () => (await call(topicRoute, { topic })).body,
      (b) => b.underReplicated === 3,
    );
    expect(detail.underReplicated).toBe(3);
    expect(detail.offline).toBe(0);
    for (const p of detail.partitionList) {
      expect(p.replicas).toHaveLength(3);
      expect(p.isr).not.toContain(3);
      expect(p.leader).not.toBe(3);
    }
    const list = (await call(listRoute, {})).body;
    expect(list.topics.find((t: { name: string }) => t.name === topic)).toMatchObject({ underReplicated: 3 });
    const overview = (await call(clusterRoute, {})).body;
    expect(overview.brokers.map((b: { id: number }) => b.id).sort()).toEqual([1, 2]);
    expect(overview.partitions.underReplicated).toBeGreaterThanOrEqual(3);
  });
});
