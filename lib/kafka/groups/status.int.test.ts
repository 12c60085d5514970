import { afterAll, expect, it } from 'vitest';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { dropProcessSlot } from '@/lib/process-state';

// The lag status of a consumer that is falling behind while it commits, sampled the way the pages sample
// it (a poll a second, on top of the sampler): WARN for the group, its topic and partitions, on the list
// and on the group page, at every poll once the status window is full. The sampler runs every second here,
// so the window (10 intervals) is 10 s.
process.env.KAFSCOPE_LAG_SAMPLE_MS = '1000';
dropProcessSlot('kafka-client');
const { GET: listRoute } = await import('@/app/api/clusters/[cluster]/groups/route');
const { GET: detailRoute } = await import('@/app/api/clusters/[cluster]/groups/[group]/route');
const { resetConnections } = await import('@/lib/kafka/base/client');

const kafka = testKafka();
const admin = kafka.admin();
const producer = kafka.producer();
const topic = uniqueName('status');
const groupId = uniqueName('status-slow');
const consumer = kafka.consumer({ groupId, maxBytesPerPartition: 2048 });
let producing: ReturnType<typeof setInterval> | undefined;

afterAll(async () => {
  clearInterval(producing);
  await consumer.disconnect().catch(() => {});
  await producer.disconnect();
  await admin.deleteGroups([groupId]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

it('a group whose lag grows while it commits is WARN at every poll once the window is full', async () => {
  await admin.connect();
  await producer.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  const send = (n: number) =>
    producer.send({ topic, messages: Array.from({ length: n }, (_, i) => ({ value: `m${i}` })) });
  await send(300); // behind from the start: lag never touches 0 in the window
  // 20 messages/s produced; the consumer handles about 10/s and commits every second.
  producing = setInterval(() => void send(10).catch(() => {}), 500);
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommitInterval: 1000,
    eachMessage: () => new Promise((r) => setTimeout(r, 100)),
  });

  const polls: { at: number; list: string; group: string; topic: string; partition: string; lag: number }[] =
    [];
  const started = Date.now();
  while (Date.now() - started < 26_000) {
    const list = (await call(listRoute, {})).body.groups.find(
      (g: { groupId: string }) => g.groupId === groupId,
    );
    const d = (await call(detailRoute, { group: groupId })).body;
    if (list && d.topics?.length)
      polls.push({
        at: Date.now() - started,
        list: list.status,
        group: d.status,
        topic: d.topics[0].status,
        partition: d.topics[0].partitions[0].status,
        lag: d.lag,
      });
    await new Promise((r) => setTimeout(r, 1000));
  }
  // The group appears once it has committed; the window (10 s) is full 10 s after its first sample.
  const firstSeen = polls[0]!.at;
  const full = polls.filter((p) => p.at > firstSeen + 11_000);
  expect(full.length).toBeGreaterThanOrEqual(8);
  // Lag really grew over the run, and the consumer really committed.
  expect(full.at(-1)!.lag).toBeGreaterThan(polls[0]!.lag);
  for (const p of full)
    expect([p.at, p.list, p.group, p.topic, p.partition]).toEqual([p.at, 'WARN', 'WARN', 'WARN', 'WARN']);
});
