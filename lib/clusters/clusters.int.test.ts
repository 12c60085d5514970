import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listClusters } from '@/app/api/clusters/route';
import { GET as summary } from '@/app/api/clusters/[cluster]/summary/route';
import { GET as getTopic, DELETE as deleteTopic } from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import { POST as createTopic } from '@/app/api/clusters/[cluster]/topics/route';
import { POST as produce } from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import { GET as getGroup } from '@/app/api/clusters/[cluster]/groups/[group]/route';
import { GET as metrics } from '@/app/api/metrics/route';
import { GET as legacy } from '@/app/api/[...path]/route';
import { dropProcessSlot } from '@/lib/process-state';
import { call, callAs } from '@/test/routes';
import { TEST_BROKERS, TEST_B_BROKERS, startTestB, stopTestB } from '@/test/broker.mjs';
import { uniqueName } from '@/test/kafka';

// Several clusters in one server (issue 19): the test broker as "a", a second real broker as "b", a
// read-only entry for b, and a cluster nobody listens for. Every call names its cluster in the params, as
// the /api/clusters/<cluster>/ routes do.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafscope-clusters-'));
const file = path.join(dir, 'clusters.yaml');
fs.writeFileSync(
  file,
  `clusters:
  - name: a
    brokers: [${TEST_BROKERS}]
  - name: b
    brokers: [${TEST_B_BROKERS}]
  - name: b-ro
    brokers: [${TEST_B_BROKERS}]
    readOnly: true
  - name: down
    brokers: [127.0.0.1:9]
`,
);

const admins: Record<string, Admin> = {};
const kafkaAt = (brokers: string) =>
  new Kafka({ clientId: 'kafscope-test', brokers: [brokers], logLevel: logLevel.NOTHING });
const topic = uniqueName('same.name');
const group = uniqueName('same-group');

beforeAll(async () => {
  await startTestB();
  process.env.KAFSCOPE_CONFIG = file;
  dropProcessSlot('clusters');
  dropProcessSlot('kafka-client');
  for (const [name, b] of [
    ['a', TEST_BROKERS],
    ['b', TEST_B_BROKERS],
  ] as const) {
    admins[name] = kafkaAt(b).admin();
    await admins[name].connect();
  }
}, 180_000);

afterAll(async () => {
  await admins.a?.deleteGroups([group]).catch(() => {});
  await admins.a?.deleteTopics({ topics: [topic] }).catch(() => {});
  for (const a of Object.values(admins)) await a.disconnect();
  delete process.env.KAFSCOPE_CONFIG;
  dropProcessSlot('clusters');
  await stopTestB();
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('several clusters', () => {
  it('lists the configured clusters without asking any of them', async () => {
    const r = await call(listClusters, {});
    expect(r.status).toBe(200);
    expect(r.body.clusters.map((c: { name: string }) => c.name)).toEqual(['a', 'b', 'b-ro', 'down']);
    expect(r.body.clusters[2]).toMatchObject({ readOnly: true, bootstrap: TEST_B_BROKERS });
  });

  it('keeps the same topic name on two clusters apart, and a change on one leaves the other', async () => {
    const made = await Promise.all([
      call(
        createTopic,
        { cluster: 'a' },
        { method: 'POST', body: { name: topic, partitions: 2, replicationFactor: 1 } },
      ),
      call(
        createTopic,
        { cluster: 'b' },
        { method: 'POST', body: { name: topic, partitions: 5, replicationFactor: 1 } },
      ),
    ]);
    expect(made.map((r) => r.status)).toEqual([200, 200]);
    const sent = await call(
      produce,
      { cluster: 'a', topic },
      { method: 'POST', body: { value: { type: 'text', text: 'only on a' }, count: 3 } },
    );
    expect(sent.status).toBe(200);

    const [a, b] = await Promise.all([
      call(getTopic, { cluster: 'a', topic }),
      call(getTopic, { cluster: 'b', topic }),
    ]);
    expect([a.body.partitions, b.body.partitions]).toEqual([2, 5]);
    expect([a.body.messages, b.body.messages]).toEqual([3, 0]);
    // What the brokers say, asked directly.
    const offsets = await admins.b!.fetchTopicOffsets(topic);
    expect(offsets).toHaveLength(5);
    expect(offsets.every((o) => o.high === '0')).toBe(true);

    expect((await call(deleteTopic, { cluster: 'b', topic }, { method: 'DELETE' })).status).toBe(200);
    expect((await call(getTopic, { cluster: 'b', topic })).status).toBe(404);
    expect((await call(getTopic, { cluster: 'a', topic })).body.messages).toBe(3);
    expect(await admins.a!.listTopics()).toContain(topic);
  });

  it('reads each cluster’s groups from that cluster', async () => {
    await admins.a!.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '0' }] });
    const onA = await call(getGroup, { cluster: 'a', group });
    expect(onA.status).toBe(200);
    expect(onA.body.lag).toBeGreaterThan(0);
    const onB = await call(getGroup, { cluster: 'b', group });
    expect(onB.status).toBe(404);
  });

  it('refuses changes on a read-only cluster and says which one', async () => {
    const r = await call(
      createTopic,
      { cluster: 'b-ro' },
      { method: 'POST', body: { name: uniqueName('ro'), partitions: 1, replicationFactor: 1 } },
    );
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('The cluster b-ro is read-only');
    const audit = fs.readFileSync(process.env.KAFSCOPE_AUDIT_LOG!, 'utf8').trim().split('\n').at(-1)!;
    expect(JSON.parse(audit)).toMatchObject({ changes: { cluster: 'b-ro' }, status: 403 });
  });

  it('answers 404 for a cluster that is not configured', async () => {
    const r = await call(getTopic, { cluster: 'nope', topic });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('There is no cluster named "nope" (clusters: a, b, b-ro, down).');
  });

  it('shows a stopped cluster as down while the others answer', async () => {
    const started = performance.now();
    const timed = (c: string) =>
      call(summary, { cluster: c }).then((r) => ({ ...r, ms: performance.now() - started }));
    const [a, down] = await Promise.all([timed('a'), timed('down')]);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ brokers: 1, offline: 0 });
    expect(a.body.topics).toBeGreaterThan(0);
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('broker_unavailable');
    expect(a.ms).toBeLessThan(down.ms);
  });

  it('labels every metric with its cluster, and a cluster that does not answer is up 0', async () => {
    const r = await callAs(metrics);
    expect(r.status).toBe(200);
    expect(r.body).toContain('kafscope_cluster_up{cluster="a"} 1');
    expect(r.body).toContain('kafscope_cluster_up{cluster="down"} 0');
    expect(r.body).toMatch(
      new RegExp(
        `kafscope_consumergroup_lag\\{cluster="a",group="${group}",topic="${topic}",partition="0"\\} \\d+`,
      ),
    );
    expect(r.body).not.toMatch(new RegExp(`cluster="b",group="${group}"`));
  });

  it('redirects the single-cluster API paths to the first cluster', async () => {
    const r = await legacy(
      new (await import('next/server')).NextRequest(`http://localhost/api/topics/${topic}?x=1`),
    );
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe(`/api/clusters/a/topics/${topic}?x=1`);
  });

  it('a cluster stopped while in use shows as down, and the other keeps answering', async () => {
    expect((await call(summary, { cluster: 'b' })).status).toBe(200);
    await admins.b!.disconnect();
    delete admins.b;
    await stopTestB();
    const [a, b] = await Promise.all([call(summary, { cluster: 'a' }), call(summary, { cluster: 'b' })]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(503);
    expect(b.body.error.code).toMatch(/^(broker_unavailable|timeout)$/);
  });
});
