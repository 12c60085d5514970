import { afterAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as listRoute, POST as createRoute } from '@/app/api/clusters/[cluster]/topics/route';
import { DELETE as deleteRoute, GET as topicRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import { resetConnections, withKafka } from '@/lib/kafka/base/client';
import { fetchMetadata } from '@/lib/kafka/base/metadata';
import { EARLIEST, LATEST, listOffsets } from '@/lib/kafka/base/offsets';
import { tpKey } from '@/lib/kafka/base/tp';
import { testKafka, uniqueName } from '@/test/kafka';

const kafka = testKafka();
const admin = kafka.admin();
const created: string[] = [];

afterAll(async () => {
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

const ctx = (topic?: string): { params: Promise<Record<string, string>> } => ({
  params: Promise.resolve<Record<string, string>>(topic === undefined ? {} : { topic }),
});
const post = (body: unknown) =>
  createRoute(
    new NextRequest('http://localhost/api/topics', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    ctx(),
  );
const get = (topic: string) =>
  topicRoute(new NextRequest(`http://localhost/api/topics/${encodeURIComponent(topic)}`), ctx(topic));
const del = (topic: string) =>
  deleteRoute(
    new NextRequest(`http://localhost/api/topics/${encodeURIComponent(topic)}`, { method: 'DELETE' }),
    ctx(topic),
  );

async function adminTopics() {
  await admin.connect();
  return admin.listTopics();
}

describe('topics against the real broker', () => {
  it('creates a topic with settings, lists it, and counts messages and bytes after producing', async () => {
    const name = uniqueName('topics-create');
    created.push(name);
    const res = await post({
      name,
      partitions: 3,
      replicationFactor: 1,
      configs: { 'retention.ms': '3600000' },
    });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({
      name,
      partitions: 3,
      replicationFactor: 1,
      messages: 0,
      cleanupPolicy: 'delete',
    });
    expect(detail.partitionList.map((p: { leader: number }) => p.leader)).toEqual([1, 1, 1]);

    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: name,
      messages: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 3 })),
    });
    await producer.disconnect();

    const after = await (await get(name)).json();
    expect(after.messages).toBe(10);
    expect(after.partitionList.map((p: { high: number }) => p.high)).toEqual([4, 3, 3]);
    expect(after.sizeBytes).toBeGreaterThan(0);

    const list = await (await listRoute(new NextRequest('http://localhost/api/topics'), ctx())).json();
    const row = list.topics.find((t: { name: string }) => t.name === name);
    expect(row).toMatchObject({
      partitions: 3,
      replicationFactor: 1,
      messages: 10,
      underReplicated: 0,
      offline: 0,
    });
    expect(row.sizeBytes).toBeGreaterThan(0);
    expect(list.sizesAvailable).toBe(true);
  });

  it('marks message counts of compacted topics as estimates', async () => {
    const name = uniqueName('topics-compact');
    created.push(name);
    const res = await post({
      name,
      partitions: 1,
      replicationFactor: 1,
      configs: { 'cleanup.policy': 'compact' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ cleanupPolicy: 'compact', messagesEstimate: true });
  });

  it.each([
    [{ name: 'bad name!', partitions: 1, replicationFactor: 1 }, 400, 'letters, digits'],
    [{ name: '..', partitions: 1, replicationFactor: 1 }, 400, '"." or ".."'],
    [{ name: 'x'.repeat(250), partitions: 1, replicationFactor: 1 }, 400, 'at most 249'],
    [{ name: 'zero-partitions', partitions: 0, replicationFactor: 1 }, 400, 'at least 1 partition'],
    [{ name: 'negative', partitions: -3, replicationFactor: 1 }, 400, 'at least 1 partition'],
    [{ name: 'rf-zero', partitions: 1, replicationFactor: 0 }, 400, 'at least 1'],
    [{ name: 'rf-too-big', partitions: 1, replicationFactor: 3 }, 400, 'more than the 1 broker'],
  ])('refuses %j with %i and changes nothing', async (body, status, text) => {
    const before = await adminTopics();
    const res = await post(body);
    expect(res.status).toBe(status);
    const err = await res.json();
    expect(err.error.message).toContain(text);
    expect(await adminTopics()).toHaveLength(before.length);
  });

  it('refuses a config Kafka rejects, and creates nothing', async () => {
    const name = uniqueName('topics-badconfig');
    const res = await post({
      name,
      partitions: 1,
      replicationFactor: 1,
      configs: { 'retention.ms': 'soon' },
    });
    expect([400, 422]).toContain(res.status);
    expect((await res.json()).error.message).toMatch(/retention\.ms/);
    expect(await adminTopics()).not.toContain(name);
  });

  it('answers 409 for an existing topic, 404 for an unknown one', async () => {
    const name = uniqueName('topics-dup');
    created.push(name);
    expect((await post({ name, partitions: 1, replicationFactor: 1 })).status).toBe(200);
    const dup = await post({ name, partitions: 1, replicationFactor: 1 });
    expect(dup.status).toBe(409);
    const missing = await get(uniqueName('no-such-topic'));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('does not exist'),
    });
  });

  it('deletes a topic, refuses internal ones', async () => {
    const name = uniqueName('topics-delete');
    expect((await post({ name, partitions: 2, replicationFactor: 1 })).status).toBe(200);
    const res = await del(name);
    expect(res.status).toBe(200);
    expect(await adminTopics()).not.toContain(name);
    expect((await del(name)).status).toBe(404);

    // __consumer_offsets exists once any group has committed: make sure one has.
    const keep = uniqueName('topics-keep');
    created.push(keep);
    expect((await post({ name: keep, partitions: 1, replicationFactor: 1 })).status).toBe(200);
    await admin.setOffsets({
      groupId: uniqueName('topics-group'),
      topic: keep,
      partitions: [{ partition: 0, offset: '0' }],
    });
    const internal = await del('__consumer_offsets');
    expect(internal.status).toBe(400);
    expect((await internal.json()).error.message).toContain('internal Kafka topic');
    expect(await adminTopics()).toContain('__consumer_offsets');
  });
});

describe('the topic list a page was cut from, and partitions a leader cannot answer for', () => {
  const list = (query = '') =>
    listRoute(new NextRequest(`http://localhost/api/topics${query}`), ctx()).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
  const names = (body: { topics: { name: string }[] }) => body.topics.map((t) => t.name);

  it('?maxAge= answers with a list that recent; without it the list is new', async () => {
    const first = await list();
    expect(first.status).toBe(200);
    const name = uniqueName('topics-max-age');
    created.push(name);
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: name }], waitForLeaders: true });
    const recent = await list('?maxAge=30');
    expect(names(recent.body)).toEqual(names(first.body));
    expect(names(recent.body)).not.toContain(name);
    expect(names((await list()).body)).toContain(name);
    expect(names((await list('?maxAge=0')).body)).toContain(name);
    const bad = await list('?maxAge=soon');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/maxAge/);
    expect((await list('?maxAge=31')).status).toBe(400);
  });

  it('ListOffsets keeps the answers of the other partitions when one has an error', async () => {
    const name = uniqueName('topics-offsets');
    created.push(name);
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: name, numPartitions: 2 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: name,
      messages: [
        { partition: 1, value: 'a' },
        { partition: 1, value: 'b' },
      ],
    });
    await producer.disconnect();
    const { meta } = await withKafka(() => fetchMetadata());
    const leader = meta.topicMetadata.find((t) => t.topic === name)!.partitionMetadata[0]!.leader;
    // Partition 7 does not exist: the broker answers UNKNOWN_TOPIC_OR_PARTITION (3) for it alone.
    const leaders = new Map([[leader, new Map([[name, [0, 1, 7]]])]]);
    const failed = new Map<string, number>();
    const got = await withKafka(() => listOffsets({ leaders, timestamp: LATEST, failed }));
    expect(got.get(tpKey(name, 0))).toBe(0);
    expect(got.get(tpKey(name, 1))).toBe(2);
    expect(got.has(tpKey(name, 7))).toBe(false);
    expect([...failed]).toEqual([[tpKey(name, 7), 3]]);
    // The earliest offsets agree with Kafka's own answer through kafkajs.
    const low = await withKafka(() => listOffsets({ leaders, timestamp: EARLIEST, failed: new Map() }));
    for (const p of await admin.fetchTopicOffsets(name))
      expect(low.get(tpKey(name, p.partition))).toBe(Number(p.low));
    // Without `failed`, the error fails the call as before.
    await expect(withKafka(() => listOffsets({ leaders, timestamp: LATEST }))).rejects.toThrow(
      /topic or partition does not exist/,
    );
  });
});
