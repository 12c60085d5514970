import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { GET as listRoute } from '@/app/api/clusters/[cluster]/share-groups/route';
import { GET as groupRoute } from '@/app/api/clusters/[cluster]/share-groups/[group]/route';
import { GET as consumerGroups } from '@/app/api/clusters/[cluster]/groups/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { TEST_BROKERS, kafkaTool, spawnKafkaTool } from '@/test/broker.mjs';
import { testKafka, uniqueName } from '@/test/kafka';
import { pollUntil } from '@/test/poll';
import { call } from '@/test/routes';

// Share groups (KIP-932) as Kafka's own share consumer makes them, checked against kafka-share-groups
// (ShareGroupCommand): the peer reports start offset and lag per partition, and ours must agree.
const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('queue');
const group = uniqueName('share');
const bootstrap = ['--bootstrap-server', TEST_BROKERS];
let running: ChildProcess | undefined;

const shareConsumer = (extra: string[]) => [...bootstrap, '--topic', topic, '--group', group, ...extra];
const SHARE_CONSUMER = 'org.apache.kafka.tools.consumer.ConsoleShareConsumer';

/** kafka-share-groups --describe: partition -> { start, lag } as the peer prints them ("-": not known yet). */
async function peerDescribe() {
  const out = await kafkaTool('org.apache.kafka.tools.consumer.group.ShareGroupCommand', [
    ...bootstrap,
    '--describe',
    '--group',
    group,
  ]);
  const rows = out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c[0] === group && c[1] === topic);
  const num = (s: string | undefined) => (s === '-' || s === undefined ? null : Number(s));
  return new Map(rows.map((c) => [Number(c[2]), { start: num(c[3]), lag: num(c[4]) }]));
}

beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    messages: Array.from({ length: 100 }, (_, i) => ({ value: `job-${i}`, partition: i < 60 ? 0 : 1 })),
  });
  await producer.disconnect();
  // A new share group starts at the end of the topic; this one reads it from the start.
  await kafkaTool('org.apache.kafka.tools.ConfigCommand', [
    ...bootstrap,
    '--alter',
    '--entity-type',
    'groups',
    '--entity-name',
    group,
    '--add-config',
    'share.auto.offset.reset=earliest',
  ]);
}, 120_000);
afterAll(async () => {
  // SIGTERM: the console consumer closes and leaves the group, which can then be deleted.
  if (running && running.exitCode === null) {
    const exited = new Promise((r) => running!.once('exit', r));
    running.kill('SIGTERM');
    await exited;
  }
  await admin.deleteGroups([group]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

describe('share groups', () => {
  it('lists a group after Kafka’s share consumer read from it; start offsets and lag agree with kafka-share-groups', async () => {
    await kafkaTool(SHARE_CONSUMER, shareConsumer(['--max-messages', '30']));
    // How many records the consumer acknowledged beyond the 30 it printed depends on its fetches: the
    // peer's own report is the truth to agree with.
    const peer = await peerDescribe();
    expect(peer.size).toBe(2);
    const peerLag = [...peer.values()].reduce((sum, p) => sum + (p.lag ?? 0), 0);
    expect(peerLag).toBeGreaterThan(0);
    expect(peerLag).toBeLessThanOrEqual(70);
    const list = await pollUntil(
      async () => (await call(listRoute, {})).body,
      (b) => b.groups?.some((g: { groupId: string; lag: number }) => g.groupId === group),
    );
    expect(list.supported).toBe(true);
    expect(list.groups.find((g: { groupId: string }) => g.groupId === group)).toMatchObject({
      groupId: group,
      members: 0,
      topics: [topic],
      partitions: 2,
      lag: peerLag,
    });

    const { status, body } = await call(groupRoute, { group });
    expect(status).toBe(200);
    expect(body.partitionList).toHaveLength(2);
    for (const p of body.partitionList) {
      expect(p.topic).toBe(topic);
      expect({ start: p.startOffset, lag: p.lag }).toEqual(peer.get(p.partition));
      expect(p.end).toBe(p.partition === 0 ? 60 : 40);
    }
    // Share groups are not consumer groups: the consumer-group list leaves them out.
    const groups = (await call(consumerGroups, {})).body.groups.map((g: { groupId: string }) => g.groupId);
    expect(groups).not.toContain(group);
  });

  it('shows a running share consumer as a member with both partitions assigned', async () => {
    running = spawnKafkaTool(SHARE_CONSUMER, shareConsumer([]));
    const detail = await pollUntil(
      async () => (await call(groupRoute, { group })).body,
      (b) => b.members === 1 && b.lag === 0,
      { timeout: 40_000 },
    );
    expect(detail.state).toBe('Stable');
    expect(detail.memberList).toHaveLength(1);
    expect(detail.memberList[0].subscribedTopics).toEqual([topic]);
    expect(detail.memberList[0].assignment).toEqual([{ topic, partitions: [0, 1] }]);
    expect(detail.partitionList.map((p: { consumers: string[] }) => p.consumers)).toEqual([
      [detail.memberList[0].clientId],
      [detail.memberList[0].clientId],
    ]);
    const peer = await peerDescribe();
    expect([...peer.values()].map((p) => p.lag)).toEqual([0, 0]);
  }, 60_000);

  it('answers 404 for a share group that does not exist', async () => {
    const { status, body } = await call(groupRoute, { group: uniqueName('no-such-share') });
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/does not exist/);
  });
});
