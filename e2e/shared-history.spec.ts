import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { TEST_BROKERS } from '../test/broker.mjs';

// Two production servers on one broker share the lag history through a Kafka topic (issue 19,
// lib/kafka/groups/store.ts): one samples (the member of the sampler group holding the topic's partition),
// both chart the same points; when the sampler is killed the other takes over, and after a restart of both
// the chart still reaches back to before it.

const require = createRequire(import.meta.url);
const stamp = Date.now();
const TOPIC = `__kafscope-lag-history-e2e-${stamp}`;
const INTERVAL = 8_000; // the failover takes Kafka's session timeout (6 s) and a rejoin: under two intervals
const PORTS = [3110, 3111];
const topic = `e2e.shared-history-${stamp}`;
const group = `e2e-shared-history-${stamp}`;
const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const servers = new Map<number, ChildProcess>();
const url = (port: number) => `http://127.0.0.1:${port}`;

function startServer(port: number) {
  const proc = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      stdio: 'ignore',
      env: {
        ...process.env,
        KAFKA_BROKERS: TEST_BROKERS,
        KAFSCOPE_AUTH: 'off',
        KAFSCOPE_LAG_SAMPLE_MS: String(INTERVAL),
        KAFSCOPE_LAG_HISTORY_TOPIC: TOPIC,
      },
    },
  );
  servers.set(port, proc);
}

/** Start both servers and wait until each answers. */
async function startBoth() {
  for (const p of PORTS) startServer(p);
  const up = (p: number) =>
    info(p).then(
      () => true,
      () => false,
    );
  await expect.poll(() => Promise.all(PORTS.map(up)), { timeout: 60_000 }).toEqual([true, true]);
}

type Info = { historyRole?: string; historyTopic?: string | null; historySince: number | null };
type Point = { t: number; lag: number };
const api = async <T>(port: number, path: string): Promise<T> => {
  const r = await fetch(`${url(port)}/api/clusters/default${path}`);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return (await r.json()) as T;
};
const info = (port: number) => api<Info>(port, '/groups');
const points = async (port: number) =>
  (
    await api<{ series: { topic: string | null; points: Point[] }[] }>(port, `/groups/${group}/history`)
  ).series.find((s) => s.topic === null)?.points ?? [];
const roles = async () =>
  Promise.all(PORTS.filter((p) => servers.has(p)).map((p) => info(p).then((i) => i.historyRole)));

test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: Array.from({ length: 20 }, (_, i) => ({ value: `m${i}` })) });
  await producer.disconnect();
  await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '5' }] });
});
test.afterAll(async () => {
  for (const p of servers.values()) p.kill('SIGKILL');
  await admin.deleteGroups([group, `${TOPIC}.sampler`]).catch(() => {});
  await admin.deleteTopics({ topics: [topic, TOPIC] }).catch(() => {});
  await admin.disconnect();
});

test('two instances: one samples, both chart the same; the other takes over; a restart keeps the history', async () => {
  test.setTimeout(240_000);
  await startBoth();
  // Exactly one samples, the other follows.
  await expect.poll(async () => (await roles()).sort(), { timeout: 60_000 }).toEqual(['follower', 'leader']);
  const leader = PORTS[(await roles()).indexOf('leader')]!;
  const follower = PORTS.find((p) => p !== leader)!;
  expect((await info(leader)).historyTopic).toBe(TOPIC);

  // Both show the same points: the follower charts what the leader wrote (give the tail one interval).
  await expect.poll(async () => (await points(leader)).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  await expect
    .poll(
      async () => {
        const [a, b] = [await points(leader), await points(follower)];
        return b.length >= 3 && b.every((p, i) => a[i]?.t === p.t && a[i]?.lag === p.lag);
      },
      { timeout: 2 * INTERVAL },
    )
    .toBe(true);
  expect((await points(follower))[0]!.lag).toBe(15);
  const first = (await points(leader))[0]!.t;

  // Kill the sampler: the other takes over, with no gap longer than two intervals.
  const killedAt = Date.now();
  servers.get(leader)!.kill('SIGKILL');
  servers.delete(leader);
  await expect.poll(() => info(follower).then((i) => i.historyRole), { timeout: 30_000 }).toBe('leader');
  await expect
    .poll(async () => (await points(follower)).filter((p) => p.t > killedAt).length, {
      timeout: 4 * INTERVAL,
    })
    .toBeGreaterThanOrEqual(2);
  const after = await points(follower);
  const gaps = after.slice(1).map((p, i) => p.t - after[i]!.t);
  expect(Math.max(...gaps)).toBeLessThanOrEqual(2 * INTERVAL);

  // Restart both: the chart still reaches back to the first point, read from the topic.
  servers.get(follower)!.kill('SIGKILL');
  servers.clear();
  await startBoth();
  for (const p of PORTS) {
    await expect.poll(async () => (await points(p))[0]?.t, { timeout: 30_000 }).toBe(first);
    expect((await info(p)).historySince).toBeLessThanOrEqual(first);
  }
});
