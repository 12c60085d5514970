import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { restartTest3Nodes, startTest3, stopTest3, stopTest3Node, TEST3_BROKERS } from '@/test/broker.mjs';
import { uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { messagesOf, readEvents, type SseEvent } from '@/test/sse';
import { NextRequest } from 'next/server';
import { pollUntil } from '@/test/poll';

// Replication needs several brokers: this file runs against its own 3-broker KRaft cluster. Each test file
// runs in its own process, so pointing KAFKA_BROKERS at it here does not touch the other files' client.
process.env.KAFKA_BROKERS = TEST3_BROKERS;
const { GET: listRoute, POST: createRoute } = await import('@/app/api/clusters/[cluster]/topics/route');
const { GET: topicRoute } = await import('@/app/api/clusters/[cluster]/topics/[topic]/route');
const { GET: clusterRoute } = await import('@/app/api/clusters/[cluster]/cluster/route');
const { GET: messagesRoute } = await import('@/app/api/clusters/[cluster]/topics/[topic]/messages/route');
const { resetConnections } = await import('@/lib/kafka/base/client');

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

const eventually = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 45_000) =>
  pollUntil(fn, ok, { timeout, interval: 500 });

/**
 * Create a topic and wait until every partition has a leader. kafkajs's own waitForLeaders retries only
 * LEADER_NOT_AVAILABLE: a broker that has not yet seen the new topic answers UNKNOWN_TOPIC_OR_PARTITION,
 * which failed this file's setup once in a full run on a freshly started cluster.
 */
async function createTopic(
  admin: ReturnType<typeof kafka.admin>,
  topic: Parameters<typeof admin.createTopics>[0]['topics'][0],
) {
  // Not kafkajs's waitForLeaders: right after the create, a 3-node cluster can answer its metadata request
  // with UNKNOWN_TOPIC_OR_PARTITION, which it does not retry (seen once in CI). The poll below waits instead.
  await admin.createTopics({ topics: [topic], waitForLeaders: false });
  const partitions = topic.replicaAssignment?.length ?? topic.numPartitions ?? 1;
  await eventually(
    () =>
      admin
        .fetchTopicMetadata({ topics: [topic.topic] })
        .then((m) => m.topics[0]?.partitions ?? [])
        .catch(() => []),
    (ps) => ps.length === partitions && ps.every((p) => p.leader >= 0),
  );
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

  it('a live tail follows a leader change: no message lost or repeated (checked by offsets)', async () => {
    const name = uniqueName('leader-change');
    const admin = kafka.admin();
    await admin.connect();
    await createTopic(admin, { topic: name, replicaAssignment: [{ partition: 0, replicas: [3, 1, 2] }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const send = (from: number) =>
      producer.send({
        topic: name,
        acks: -1,
        messages: Array.from({ length: 50 }, (_, i) => ({ value: `m${from + i}` })),
      });
    await send(0);
    const ctrl = new AbortController();
    const res = await messagesRoute(
      new NextRequest(`http://localhost/api/topics/${name}/messages?start=oldest&max=10000&follow=1`, {
        signal: ctrl.signal,
      }),
      { params: Promise.resolve({ topic: name }) },
    );
    let isLive: () => void;
    const live = new Promise<void>((r) => (isLive = r));
    const got = readEvents(res, {
      until: (e, all) => {
        if (e.event === 'phase' && (e.data as { phase: string }).phase === 'live') isLive();
        return messagesOf(all).length >= 100;
      },
      timeoutMs: 90_000,
    });
    await live; // the first 50 are read and the tail is live
    await stopTest3Node(3); // the leader: leadership moves to broker 1 or 2
    await send(50);
    await producer.disconnect();
    const messages = messagesOf(await got);
    ctrl.abort();
    expect(messages.map((m) => m.offset)).toEqual([...Array(100).keys()]);
    expect(messages.map((m) => m.value.text)).toEqual([...Array(100).keys()].map((i) => `m${i}`));
  }, 120_000);

  it('shows under-replicated partitions when a broker stops', async () => {
    await stopTest3Node(3); // already stopped by the test above when it ran
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

  it('a live tail and a search go on without the partition whose broker is down, say which, and resume it', async () => {
    await restartTest3Nodes(); // broker 3 was stopped by the tests above
    const name = uniqueName('outage');
    const admin = kafka.admin();
    await admin.connect();
    // One replica each, on brokers 1, 2 and 3: stopping broker 3 leaves partition 2 without a leader.
    await createTopic(admin, {
      topic: name,
      replicaAssignment: [
        { partition: 0, replicas: [1] },
        { partition: 1, replicas: [2] },
        { partition: 2, replicas: [3] },
      ],
    });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const sent = [0, 0, 0];
    const send = async (partition: number, n: number) => {
      await producer.send({
        topic: name,
        acks: -1,
        messages: Array.from({ length: n }, () => ({
          partition,
          value: `p${partition}-${sent[partition]!++}`,
        })),
      });
    };
    for (const p of [0, 1, 2]) await send(p, 5);

    const ctrl = new AbortController();
    const res = await messagesRoute(
      new NextRequest(`http://localhost/api/topics/${name}/messages?start=oldest&max=10000&follow=1`, {
        signal: ctrl.signal,
      }),
      { params: Promise.resolve({ topic: name }) },
    );
    let seen: SseEvent[] = [];
    const got = readEvents(res, {
      until: (_e, all) => {
        seen = all;
        return messagesOf(all).length >= 30;
      },
      timeoutMs: 110_000,
    });
    const partitionEvents = () =>
      seen
        .filter((e) => e.event === 'partitions')
        .map((e) => (e.data as { unavailable: { partition: number }[] }).unavailable.map((u) => u.partition));
    await eventually(
      async () => messagesOf(seen).length,
      (n) => n === 15,
    );

    await stopTest3Node(3);
    await send(0, 5);
    await send(1, 5);
    // The tail goes on with partitions 0 and 1 and says partition 2 cannot be read.
    await eventually(
      async () => [messagesOf(seen).length, partitionEvents()] as const,
      ([n, evs]) => n === 25 && evs.some((u) => u.join() === '2'),
    );
    expect(messagesOf(seen)).toHaveLength(25);
    expect(partitionEvents()).toEqual([[2]]);
    // The topic page still answers, and shows the partition as offline (kafkajs alone fails every
    // metadata request while a partition has no leader: tolerant-metadata.ts).
    const detail = (await call(topicRoute, { topic: name })).body;
    expect(detail.offline).toBe(1);
    expect(detail.partitionList.find((p: { partition: number }) => p.partition === 2).leader).toBe(-1);
    expect((await call(listRoute, {})).body.topics.some((t: { name: string }) => t.name === name)).toBe(true);

    // A search meanwhile: the other partitions, and a note naming the missing one.
    const search = await messagesRoute(
      new NextRequest(`http://localhost/api/topics/${name}/messages?start=oldest&max=1000`),
      { params: Promise.resolve({ topic: name }) },
    );
    expect(search.status).toBe(200);
    const found = await readEvents(search, { until: (e) => e.event === 'done' });
    const phase = found.find((e) => e.event === 'phase')!.data as { notes: string[] };
    expect(phase.notes.join(' ')).toMatch(/Partition 2 cannot be read right now \(no leader/);
    expect(found.find((e) => e.event === 'partitions')?.data).toMatchObject({
      unavailable: [{ partition: 2 }],
    });
    const searched = messagesOf(found);
    expect(searched.map((m) => m.partition).sort()).toEqual([...Array(10).fill(0), ...Array(10).fill(1)]);

    // A tail from the oldest opened now, while partition 2 is down: it reads 0 and 1, and partition 2 from
    // its beginning once it is back.
    const ctrl2 = new AbortController();
    const late = await messagesRoute(
      new NextRequest(`http://localhost/api/topics/${name}/messages?start=oldest&max=10000&follow=1`, {
        signal: ctrl2.signal,
      }),
      { params: Promise.resolve({ topic: name }) },
    );
    const lateGot = readEvents(late, {
      until: (_e, all) => messagesOf(all).length >= 30,
      timeoutMs: 110_000,
    });

    // Broker 3 back: partition 2 resumes where it stopped, and new messages on it arrive.
    await restartTest3Nodes();
    await send(2, 5);
    await producer.disconnect();
    const all = messagesOf(await got);
    ctrl.abort();
    const lateAll = messagesOf(await lateGot);
    ctrl2.abort();
    expect(lateAll.filter((m) => m.partition === 2).map((m) => m.offset)).toEqual([...Array(10).keys()]);
    expect(lateAll).toHaveLength(30);
    expect(partitionEvents()).toEqual([[2], []]);
    for (const p of [0, 1, 2]) {
      const mine = all.filter((m) => m.partition === p);
      // Every offset once, in order: nothing lost, nothing repeated.
      expect(mine.map((m) => m.offset)).toEqual([...Array(10).keys()]);
      expect(mine.map((m) => m.value.text)).toEqual([...Array(10).keys()].map((i) => `p${p}-${i}`));
    }
  }, 180_000);
});
