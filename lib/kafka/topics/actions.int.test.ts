import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as addPartitionsRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/partitions/route';
import { POST as deleteRecordsRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/delete-records/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';

const kafka = testKafka();
const admin = kafka.admin();
const created: string[] = [];

async function topicWithMessages(prefix: string, partitions: number, perPartition: number) {
  const topic = uniqueName(prefix);
  created.push(topic);
  await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
  });
  const producer = kafka.producer();
  await producer.connect();
  for (let p = 0; p < partitions; p++)
    await producer.send({
      topic,
      messages: Array.from({ length: perPartition }, (_, i) => ({ value: `m${i}`, partition: p })),
    });
  await producer.disconnect();
  return topic;
}

const offsets = async (topic: string) =>
  (await admin.fetchTopicOffsets(topic))
    .sort((a, b) => a.partition - b.partition)
    .map((p) => [Number(p.low), Number(p.high)]);

beforeAll(() => admin.connect());
afterAll(async () => {
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

describe('add partitions', () => {
  it('raises the count; refuses the same or fewer, and unknown topics', async () => {
    const topic = await topicWithMessages('add-parts', 2, 1);
    const ok = await call(addPartitionsRoute, { topic }, { method: 'POST', body: { count: 5 } });
    expect(ok.body).toMatchObject({ partitions: 5 });
    expect(ok.status).toBe(200);
    expect(ok.body.partitions).toBe(5);
    expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions).toHaveLength(5);

    for (const count of [5, 3]) {
      const res = await call(addPartitionsRoute, { topic }, { method: 'POST', body: { count } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('already has 5 partitions');
    }
    expect((await call(addPartitionsRoute, { topic }, { method: 'POST', body: { count: 0 } })).status).toBe(
      400,
    );
    expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions).toHaveLength(5);
    expect(
      (await call(addPartitionsRoute, { topic: uniqueName('nope') }, { method: 'POST', body: { count: 9 } }))
        .status,
    ).toBe(404);
  });
});

describe('delete records', () => {
  it('moves the low watermark of one partition to the offset, leaving the others', async () => {
    const topic = await topicWithMessages('del-recs', 3, 10);
    const res = await call(
      deleteRecordsRoute,
      { topic },
      { method: 'POST', body: { partition: 1, before: 4 } },
    );
    expect(res.status).toBe(200);
    expect(res.body.deleted).toEqual([{ partition: 1, before: 4, records: 4 }]);
    expect(await offsets(topic)).toEqual([
      [0, 10],
      [4, 10],
      [0, 10],
    ]);
    expect(res.body.topic.messages).toBe(26);
  });

  it('deletes everything in every partition', async () => {
    const topic = await topicWithMessages('del-all', 2, 5);
    const res = await call(deleteRecordsRoute, { topic }, { method: 'POST', body: {} });
    expect(res.status).toBe(200);
    expect(await offsets(topic)).toEqual([
      [5, 5],
      [5, 5],
    ]);
    expect(res.body.topic.messages).toBe(0);
  });

  it('refuses an offset beyond the high watermark or an unknown partition, and deletes nothing', async () => {
    const topic = await topicWithMessages('del-bad', 2, 3);
    const beyond = await call(deleteRecordsRoute, { topic }, { method: 'POST', body: { before: 4 } });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.message).toContain('high watermark (3)');
    const noPart = await call(deleteRecordsRoute, { topic }, { method: 'POST', body: { partition: 7 } });
    expect(noPart.status).toBe(404);
    expect(noPart.body.error.message).toContain('no partition 7');
    expect((await call(deleteRecordsRoute, { topic }, { method: 'POST', body: { before: -1 } })).status).toBe(
      400,
    );
    expect(await offsets(topic)).toEqual([
      [0, 3],
      [0, 3],
    ]);
  });

  it('refuses internal topics (found by the fuzz test: it used to try, and answered 500)', async () => {
    const topic = await topicWithMessages('del-internal', 1, 1);
    // a committed offset makes sure __consumer_offsets exists
    await admin.setOffsets({
      groupId: uniqueName('del-internal'),
      topic,
      partitions: [{ partition: 0, offset: '0' }],
    });
    const r = await call(deleteRecordsRoute, { topic: '__consumer_offsets' }, { method: 'POST', body: {} });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('internal Kafka topic');
  });
});
