import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { NextRequest } from 'next/server';
import { MATRIX, startMatrixBroker, stopMatrixBroker, type MatrixKey } from '@/test/broker.mjs';
import { call } from '@/test/routes';
import { readEvents, messagesOf } from '@/test/sse';
import { pollUntil } from '@/test/poll';
import * as cluster from '@/app/api/clusters/[cluster]/cluster/route';
import * as health from '@/app/api/clusters/[cluster]/health/route';
import * as brokerConfigs from '@/app/api/clusters/[cluster]/brokers/[id]/configs/route';
import * as topics from '@/app/api/clusters/[cluster]/topics/route';
import * as topicRoute from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import * as topicConfigs from '@/app/api/clusters/[cluster]/topics/[topic]/configs/route';
import * as consumers from '@/app/api/clusters/[cluster]/topics/[topic]/consumers/route';
import * as partitions from '@/app/api/clusters/[cluster]/topics/[topic]/partitions/route';
import * as deleteRecords from '@/app/api/clusters/[cluster]/topics/[topic]/delete-records/route';
import * as messages from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import * as oneMessage from '@/app/api/clusters/[cluster]/topics/[topic]/messages/[partition]/[offset]/route';
import * as produce from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import * as groups from '@/app/api/clusters/[cluster]/groups/route';
import * as groupRoute from '@/app/api/clusters/[cluster]/groups/[group]/route';
import * as reset from '@/app/api/clusters/[cluster]/groups/[group]/reset-offsets/route';
import * as metrics from '@/app/api/metrics/route';
import * as shareGroups from '@/app/api/clusters/[cluster]/share-groups/route';
import * as shareGroup from '@/app/api/clusters/[cluster]/share-groups/[group]/route';
import { resetConnections } from '@/lib/kafka/base/client';

// The broker matrix: every route a page uses, against an older Kafka (one file per version, each in its
// own process, so KAFKA_BROKERS here never reaches the main suite's client). The main suite runs on the
// newest Kafka; this checks the routes whose requests differ by version (controller, groups, offsets,
// configs, reads, produce) and that what a broker lacks is reported, never a 500.

type Expect = {
  /** where the overview's controller comes from: the KRaft quorum, or Metadata under ZooKeeper */
  controllerSource: 'quorum' | 'metadata';
  kafkaVersion: RegExp;
  /** feature flags the cluster route reports as missing, with a reason */
  lacks: string[];
};

export function brokerMatrix(key: MatrixKey, want: Expect) {
  const { port } = MATRIX[key];
  const brokers = `127.0.0.1:${port}`;
  process.env.KAFKA_BROKERS = brokers;
  const kafka = new Kafka({ clientId: 'matrix-test', brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const topic = 'matrix.orders';
  const group = 'matrix-group';
  let consumer: Consumer | undefined;

  beforeAll(async () => {
    await startMatrixBroker(key);
    await admin.connect();
  }, 120_000);
  afterAll(async () => {
    await consumer?.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await resetConnections();
    await stopMatrixBroker(key);
  }, 60_000);

  describe(`Kafka ${key}`, () => {
    it('overview: brokers, controller, version, and what this broker lacks', async () => {
      const { status, body } = await call(cluster.GET, {});
      expect(status).toBe(200);
      expect(body.brokers).toEqual([expect.objectContaining({ id: 1, port, isController: true })]);
      expect(body.controller).toMatchObject({ id: 1, source: want.controllerSource });
      expect(body.kafkaVersion.label).toMatch(want.kafkaVersion);
      expect(body.features.missing.map((f: { feature: string }) => f.feature).sort()).toEqual(
        [...want.lacks].sort(),
      );
      for (const f of body.features.missing) expect(f.reason).toMatch(/\S/);
      expect((await call(health.GET, {})).body).toMatchObject({ status: 'ok', brokers: 1 });
    });

    it('topics: create, list, detail, configs, partitions, delete-records, broker configs', async () => {
      const created = await call(
        topics.POST,
        {},
        { method: 'POST', body: { name: topic, partitions: 2, replicationFactor: 1 } },
      );
      expect(created.status).toBe(200);
      const list = await call(topics.GET, {});
      expect(list.status).toBe(200);
      expect(list.body.topics.map((t: { name: string }) => t.name)).toContain(topic);
      const detail = await call(topicRoute.GET, { topic });
      expect(detail.status).toBe(200);
      expect(detail.body.partitionList).toHaveLength(2);

      const cfg = await call(
        topicConfigs.PATCH,
        { topic },
        { method: 'PATCH', body: { set: { 'retention.ms': '3600000' } } },
      );
      expect(cfg.status).toBe(200);
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: 2, name: topic, configNames: ['retention.ms'] }],
      });
      expect(described.resources[0]!.configEntries[0]!.configValue).toBe('3600000');
      const read = await call(topicConfigs.GET, { topic });
      expect(read.body.configs.find((c: { name: string }) => c.name === 'retention.ms').value).toBe(
        '3600000',
      );

      const more = await call(partitions.POST, { topic }, { method: 'POST', body: { count: 3 } });
      expect(more.status).toBe(200);
      expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions).toHaveLength(3);

      const bc = await call(brokerConfigs.GET, { id: '1' });
      expect(bc.status).toBe(200);
      expect(bc.body.configs.find((c: { name: string }) => c.name === 'log.retention.hours')).toBeDefined();
    });

    it('produce, then read from the oldest, from an offset, one message, and search', async () => {
      const sent = await call(
        produce.POST,
        { topic },
        {
          method: 'POST',
          body: {
            partition: 0,
            key: { type: 'text', text: 'k' },
            value: { type: 'json', text: '{"n":1}' },
            count: 10,
          },
        },
      );
      expect(sent.status).toBe(200);
      expect(sent.body.written).toHaveLength(10);
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets.find((o) => o.partition === 0)!.high).toBe('10');

      const read = async (query: Record<string, string>) => {
        const res = await messages.GET(
          new NextRequest(`http://localhost/api/topics/${topic}/messages?${new URLSearchParams(query)}`),
          { params: Promise.resolve({ topic }) },
        );
        expect(res.status).toBe(200);
        return messagesOf(await readEvents(res, { until: (e) => e.event === 'done' }));
      };
      expect(await read({ start: 'oldest', max: '100' })).toHaveLength(10);
      const from = await read({ start: 'offset', partition: '0', offset: '7', max: '100' });
      expect(from.map((m) => m.offset)).toEqual([7, 8, 9]);
      expect(await read({ start: 'oldest', q: 'nothing-like-this' })).toEqual([]);
      expect(await read({ start: 'oldest', filter: 'value.n == 1' })).toHaveLength(10);

      const one = await call(oneMessage.GET, { topic, partition: '0', offset: '3' });
      expect(one.status).toBe(200);
      expect(one.body.offset).toBe(3);

      const del = await call(
        deleteRecords.POST,
        { topic },
        { method: 'POST', body: { partition: 0, before: 2 } },
      );
      expect(del.status).toBe(200);
      expect((await admin.fetchTopicOffsets(topic)).find((o) => o.partition === 0)!.low).toBe('2');
    });

    it('a consumer group: listed with lag, its detail, reset, consumers of the topic, delete', async () => {
      consumer = kafka.consumer({ groupId: group, sessionTimeout: 10_000, heartbeatInterval: 1000 });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      let seen = 0;
      let assigned: Record<string, number[]> = {};
      consumer.on(consumer.events.GROUP_JOIN, (e) => (assigned = e.payload.memberAssignment));
      await consumer.run({ eachMessage: async () => void seen++ });
      await pollUntil(
        () => seen,
        (n) => n >= 8,
      );
      const listed = await pollUntil(
        async () => (await call(groups.GET, {})).body,
        (b) =>
          b.groups.some(
            (g: { groupId: string; state: string }) => g.groupId === group && g.state === 'Stable',
          ),
      );
      expect(listed.groups.find((g: { groupId: string }) => g.groupId === group)).toMatchObject({
        protocol: 'classic',
        members: 1,
        topics: [topic],
      });
      const detail = await pollUntil(
        async () => (await call(groupRoute.GET, { group })).body,
        (b) => b.lag === 0,
      );
      expect(detail).toMatchObject({ groupId: group, state: 'Stable', lag: 0 });
      // The assignment the broker handed out is what the consumer itself was told.
      expect(detail.members[0]!.assignment).toEqual([{ topic, partitions: assigned[topic] }]);

      await consumer.disconnect();
      consumer = undefined;
      const applied = await call(
        reset.POST,
        { group },
        { method: 'POST', body: { topic, to: 'earliest', apply: true } },
      );
      expect(applied.status).toBe(200);
      const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      expect(committed[0]!.partitions.find((p) => p.partition === 0)!.offset).toBe('2');
      const lag = await call(consumers.GET, { topic });
      // Reset to the earliest: partition 0 starts at 2 after the delete, so its lag is 10 - 2.
      expect(lag.body.groups).toEqual([expect.objectContaining({ groupId: group, lag: 8 })]);

      const deleted = await call(groupRoute.DELETE, { group }, { method: 'DELETE' });
      expect(deleted.status).toBe(200);
      expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain(group);
    });

    it('share groups: where the broker lacks them, the list says why and a group is a 404 with the reason', async () => {
      const list = await call(shareGroups.GET, {});
      expect(list.status).toBe(200);
      expect(list.body.supported).toBe(!want.lacks.includes('share-groups'));
      if (!list.body.supported) {
        expect(list.body).toMatchObject({ groups: [], reason: expect.stringMatching(/KIP-932/) });
        const one = await call(shareGroup.GET, { group: 'any' });
        expect(one.status).toBe(404);
        expect(one.body.error.message).toMatch(/KIP-932/);
      }
    });

    it('metrics, then the topic deleted', async () => {
      const m = await metrics.GET(new NextRequest('http://localhost/api/metrics'), {
        params: Promise.resolve({}),
      });
      expect(m.status).toBe(200);
      expect(await m.text()).toContain(`kafscope_consumergroup_lag`);
      const del = await call(topicRoute.DELETE, { topic }, { method: 'DELETE' });
      expect(del.status).toBe(200);
      await pollUntil(
        async () => (await admin.listTopics()).includes(topic),
        (present) => !present,
      );
    });
  });
}
