import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consumer as PlatformaticConsumer, stringDeserializers } from '@platformatic/kafka';
import { GET as listRoute } from '@/app/api/clusters/[cluster]/groups/route';
import { GET as detailRoute, DELETE as deleteRoute } from '@/app/api/clusters/[cluster]/groups/[group]/route';
import { GET as historyRoute } from '@/app/api/clusters/[cluster]/groups/[group]/history/route';
import { POST as resetRoute } from '@/app/api/clusters/[cluster]/groups/[group]/reset-offsets/route';
import { DELETE as deleteOffsetsRoute } from '@/app/api/clusters/[cluster]/groups/[group]/offsets/route';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { currentGroups } from './service';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { TEST_BROKERS } from '@/test/broker.mjs';
import { pollUntil } from '@/test/poll';

// Consumer groups against the real broker, with groups run by kafkajs, by librdkafka (kcat -G) and by a
// client on the new consumer protocol (KIP-848, @platformatic/kafka).

const kafka = testKafka();
const admin = kafka.admin();
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 }); // exact counts: never a duplicate
const topics: string[] = [];
const groups: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  await admin.connect();
  await producer.connect();
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await producer.disconnect();
  await admin.deleteGroups(groups).catch(() => {});
  await admin.deleteTopics({ topics }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

async function newTopic(partitions: number, messages: number) {
  const topic = uniqueName('grp');
  topics.push(topic);
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions }] });
  if (messages)
    await producer.send({
      topic,
      messages: Array.from({ length: messages }, (_, i) => ({ value: `m${i}`, partition: i % partitions })),
    });
  return topic;
}
const newGroup = (prefix: string) => {
  const g = uniqueName(prefix);
  groups.push(g);
  return g;
};
const until = <T>(fn: () => Promise<T>, ok: (t: T) => boolean, timeout = 20_000) =>
  pollUntil(fn, ok, { timeout });
const committed = async (groupId: string, topic: string) =>
  Object.fromEntries(
    (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.map((p) => [
      p.partition,
      Number(p.offset),
    ]),
  );
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies read field by field
const listed = async (groupId: string): Promise<any> =>
  (await call(listRoute, {})).body.groups.find((g: { groupId: string }) => g.groupId === groupId);
const detail = (group: string) => call(detailRoute, { group });
const reset = (group: string, body: object) => call(resetRoute, { group }, { method: 'POST', body });

describe('consumer groups and lag', () => {
  it('a kafkajs group: listed Stable with its member; lag = end - committed, and it moves', async () => {
    const topic = await newTopic(2, 10);
    const groupId = newGroup('kjs');
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    await consumer.run({ eachMessage: async () => void seen++ });
    await until(
      async () => seen,
      (n) => n === 10,
    );
    const g = await until(
      () => listed(groupId),
      (x) => x?.state === 'Stable' && x.lag === 0,
    );
    expect(g).toMatchObject({
      state: 'Stable',
      protocol: 'classic',
      members: 1,
      topics: [topic],
      lag: 0,
      partitions: 2,
    });
    const d = (await detail(groupId)).body;
    expect(d.members).toHaveLength(1);
    expect(d.members[0].clientId).toBe('kafscope-test');
    expect(d.members[0].assignment).toEqual([{ topic, partitions: [0, 1] }]);
    expect(
      d.topics[0].partitions.map((p: { committed: number; end: number }) => [p.committed, p.end]),
    ).toEqual([
      [5, 5],
      [5, 5],
    ]);
    // Stop consuming, produce 6 more: the lag is exactly what was produced since.
    await consumer.disconnect();
    await producer.send({
      topic,
      messages: Array.from({ length: 6 }, (_, i) => ({ value: `n${i}`, partition: i % 2 })),
    });
    const after = await until(
      () => listed(groupId),
      (x) => x?.lag === 6,
    );
    expect(after).toMatchObject({ state: 'Empty', members: 0, lag: 6, status: 'STOP' });
    const parts = (await detail(groupId)).body.topics[0].partitions;
    expect(parts.map((p: { lag: number }) => p.lag)).toEqual([3, 3]);
    expect(parts[0].owner).toBeNull();
  });

  it('a librdkafka group (kcat -G) shows with its member while it runs', async () => {
    const topic = await newTopic(3, 12);
    const groupId = newGroup('kcat');
    const kcat = spawn('kcat', [
      '-b',
      TEST_BROKERS,
      '-G',
      groupId,
      '-X',
      'auto.offset.reset=earliest',
      '-X',
      'auto.commit.interval.ms=200',
      '-q',
      '-u', // unbuffered: a pipe would hold the lines back
      topic,
    ]);
    children.push(kcat);
    let lines = 0;
    kcat.stdout.on('data', (b: Buffer) => (lines += b.toString().split('\n').length - 1));
    await until(
      async () => lines,
      (n) => n >= 12,
    );
    const g = await until(
      () => listed(groupId),
      (x) => x?.state === 'Stable' && x.partitions === 3 && x.lag === 0,
    );
    expect(g).toMatchObject({ state: 'Stable', members: 1, lag: 0, topics: [topic] });
    const d = (await detail(groupId)).body;
    expect(d.members[0].clientId).toBe('rdkafka');
    expect(d.members[0].assignment).toEqual([{ topic, partitions: [0, 1, 2] }]);
    // A reset while it runs is refused, and nothing changes.
    const before = await committed(groupId, topic);
    const r = await reset(groupId, { to: 'earliest', apply: true });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/1 active member/);
    expect(await committed(groupId, topic)).toEqual(before);
    expect((await call(deleteRoute, { group: groupId }, { method: 'DELETE' })).status).toBe(409);
    kcat.kill('SIGTERM');
  });

  it('a group on the new consumer protocol (KIP-848) shows as active with its members, never "Dead"', async () => {
    const topic = await newTopic(2, 4);
    const groupId = newGroup('kip848');
    const consumer = new PlatformaticConsumer({
      groupId,
      clientId: 'kip848-client',
      bootstrapBrokers: [TEST_BROKERS],
      groupProtocol: 'consumer',
      deserializers: stringDeserializers,
    });
    try {
      const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: 100 });
      let seen = 0;
      stream.on('data', () => void seen++);
      await until(
        async () => seen,
        (n) => n >= 4,
      );
      const g = await until(
        () => listed(groupId),
        (x) => x?.members === 1 && x.lag === 0,
      );
      expect(g.protocol).toBe('consumer');
      expect(g.state.toLowerCase()).toBe('stable');
      const d = (await detail(groupId)).body;
      expect(d.members[0].clientId).toBe('kip848-client');
      expect(d.members[0].assignment).toEqual([{ topic, partitions: [0, 1] }]);
      await stream.close();
    } finally {
      await consumer.close(true);
    }
  });

  it('reset: a preview changes nothing; each target lands exactly', async () => {
    const topic = await newTopic(2, 20); // 10 per partition
    const groupId = newGroup('reset');
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: '4' },
        { partition: 1, offset: '6' },
      ],
    });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '2' }] }); // p0 starts at 2

    const preview = await reset(groupId, { to: 'earliest' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ applied: false, blocked: null });
    expect(preview.body.partitions).toEqual([
      { topic, partition: 0, current: 4, target: 2, low: 2, end: 10, lagAfter: 8, clamped: false },
      { topic, partition: 1, current: 6, target: 0, low: 0, end: 10, lagAfter: 10, clamped: false },
    ]);
    expect(await committed(groupId, topic)).toEqual({ 0: 4, 1: 6 });

    const apply = async (body: object) => {
      const r = await reset(groupId, { ...body, apply: true });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return committed(groupId, topic);
    };
    expect(await apply({ to: 'earliest' })).toEqual({ 0: 2, 1: 0 });
    expect(await apply({ to: 'latest' })).toEqual({ 0: 10, 1: 10 });
    expect(await apply({ to: 'offset', offset: 7 })).toEqual({ 0: 7, 1: 7 });
    expect(await apply({ to: 'shift', shift: -3 })).toEqual({ 0: 4, 1: 4 });
    expect(await apply({ to: 'offset', offset: 5, topic, partitions: [1] })).toEqual({ 0: 4, 1: 5 });
    // shifting past the start is clamped, and said so
    const clamped = await reset(groupId, { to: 'shift', shift: -100 });
    expect(
      clamped.body.partitions.map((p: { target: number; clamped: boolean }) => [p.target, p.clamped]),
    ).toEqual([
      [2, true],
      [0, true],
    ]);
    // by timestamp: messages written after `mark` start at offset 10 in each partition
    await new Promise((r) => setTimeout(r, 20));
    const mark = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    await producer.send({
      topic,
      messages: [
        { value: 'late0', partition: 0 },
        { value: 'late1', partition: 1 },
      ],
    });
    expect(await apply({ to: 'timestamp', timestamp: mark })).toEqual({ 0: 10, 1: 10 });
    expect(await apply({ to: 'timestamp', timestamp: 0 })).toEqual({ 0: 2, 1: 0 });
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const topic = await newTopic(2, 4);
    const other = await newTopic(1, 0);
    const groupId = newGroup('bad');
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: '1' },
        { partition: 1, offset: '1' },
      ],
    });
    const cases: [object, number, RegExp][] = [
      [{ to: 'offset', offset: 99 }, 400, /out of range.*0 to 2/],
      [{ to: 'timestamp', timestamp: Date.now() + 3_600_000 }, 400, /in the future/],
      [{ to: 'earliest', topic: other }, 400, /never consumed/],
      [{ to: 'earliest', topic: uniqueName('missing') }, 404, /does not exist/],
      [{ to: 'earliest', topic, partitions: [7] }, 400, /no partition 7/],
      [{ to: 'offset' }, 400, /offset: required/],
      [{ to: 'sideways' }, 400, /to/],
    ];
    for (const [body, status, text] of cases) {
      const r = await reset(groupId, { ...body, apply: true });
      expect([r.status, r.body.error?.message], JSON.stringify(body)).toEqual([
        status,
        expect.stringMatching(text),
      ]);
    }
    expect(await committed(groupId, topic)).toEqual({ 0: 1, 1: 1 });
    const missing = uniqueName('no-such-group');
    expect((await detail(missing)).status).toBe(404);
    expect((await reset(missing, { to: 'earliest' })).status).toBe(404);
    expect((await call(deleteRoute, { group: missing }, { method: 'DELETE' })).status).toBe(404);
  });

  it("deletes a topic's committed offsets, then the group", async () => {
    const a = await newTopic(1, 3);
    const b = await newTopic(1, 3);
    const groupId = newGroup('del');
    await admin.setOffsets({ groupId, topic: a, partitions: [{ partition: 0, offset: '1' }] });
    await admin.setOffsets({ groupId, topic: b, partitions: [{ partition: 0, offset: '2' }] });
    const r = await call(deleteOffsetsRoute, { group: groupId }, { method: 'DELETE', query: `?topic=${a}` });
    expect(r).toEqual({ status: 200, body: { groupId, topic: a, partitions: [0] } });
    expect((await detail(groupId)).body.topics.map((t: { topic: string }) => t.topic)).toEqual([b]);
    expect((await call(deleteRoute, { group: groupId }, { method: 'DELETE' })).body).toEqual({
      deleted: groupId,
    });
    expect((await detail(groupId)).status).toBe(404);
  });

  it('keeps lag history: lag in seconds is interpolated from sampled end offsets; metrics and history show it', async () => {
    const topic = await newTopic(1, 0);
    const groupId = newGroup('hist');
    await producer.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ value: `a${i}` })) });
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '10' }] });
    await currentGroups(); // sample: end 10 at t1
    const t1 = Date.now();
    await new Promise((r) => setTimeout(r, 2100));
    await producer.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ value: `b${i}` })) });
    await currentGroups(); // sample: end 20 at t2, committed still 10
    const g = await listed(groupId);
    expect(g.lag).toBe(10);
    // the committed offset (10) was the end offset at t1: lag in seconds is the time since then
    expect(g.lagSeconds).toBeGreaterThanOrEqual(2);
    expect(g.lagSeconds).toBeLessThanOrEqual((Date.now() - t1) / 1000 + 0.5);
    expect(g.lagSecondsEstimated).toBe(false);
    expect(g.trend.slice(-2)).toEqual([0, 10]);

    const h = (await call(historyRoute, { group: groupId })).body;
    const whole = h.series.find((s: { topic: string | null }) => s.topic === null);
    const lags = whole.points.map((p: { lag: number }) => p.lag);
    expect([lags[0], lags.at(-1)]).toEqual([0, 10]); // the sampler may have added points in between
    expect(h.series.map((s: { topic: string | null }) => s.topic)).toEqual([null, topic]);

    const res = await metricsRoute(
      new (await import('next/server')).NextRequest('http://localhost/api/metrics'),
      {
        params: Promise.resolve({}),
      },
    );
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text).toContain(
      `kafscope_consumergroup_lag{cluster="default",group="${groupId}",topic="${topic}",partition="0"} 10`,
    );
    expect(text).toMatch(
      new RegExp(
        `kafscope_consumergroup_lag_seconds\\{cluster="default",group="${groupId}",topic="${topic}",partition="0"\\} [2-9]`,
      ),
    );
    expect(text).toContain(`kafscope_consumergroup_lag_total{cluster="default",group="${groupId}"} 10`);
  });
});
