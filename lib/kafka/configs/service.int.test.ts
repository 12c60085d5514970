import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigResourceTypes } from 'kafkajs';
import {
  GET as getTopicConfigs,
  PATCH as patchTopicConfigs,
} from '@/app/api/clusters/[cluster]/topics/[topic]/configs/route';
import {
  GET as getBrokerConfigs,
  PATCH as patchBrokerConfigs,
} from '@/app/api/clusters/[cluster]/brokers/[id]/configs/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';

const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('configs');

/** The topic's dynamic configs as Kafka itself reports them (not through our code). */
async function dynamicConfigs(name = topic) {
  const res = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name }],
  });
  const entries = res.resources[0]!.configEntries as {
    configName: string;
    configValue: string;
    configSource: number;
  }[];
  return Object.fromEntries(
    entries.filter((e) => e.configSource === 1).map((e) => [e.configName, e.configValue]),
  );
}

beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      {
        topic,
        numPartitions: 1,
        replicationFactor: 1,
        configEntries: [
          { name: 'retention.ms', value: '3600000' },
          { name: 'max.message.bytes', value: '200000' },
          { name: 'cleanup.policy', value: 'delete' },
        ],
      },
    ],
  });
});

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

describe('topic configs against the real broker', () => {
  it('lists every config with its source, read-only and sensitive flags', async () => {
    const { status, body } = await call(getTopicConfigs, { topic });
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.configs.map((c: { name: string }) => [c.name, c]));
    expect(body.configs.length).toBeGreaterThan(20);
    expect(byName['retention.ms']).toMatchObject({ value: '3600000', source: 'topic', isDefault: false });
    expect(byName['segment.bytes']).toMatchObject({ source: 'default', isDefault: true });
    expect(byName['min.insync.replicas']).toBeDefined();
  });

  it('editing one config keeps the other dynamic configs', async () => {
    const { status, body } = await call(
      patchTopicConfigs,
      { topic },
      { method: 'PATCH', body: { set: { 'retention.ms': '86400000' } } },
    );
    expect(status).toBe(200);
    expect(body.configs.find((c: { name: string }) => c.name === 'retention.ms').value).toBe('86400000');
    expect(await dynamicConfigs()).toEqual({
      'retention.ms': '86400000',
      'max.message.bytes': '200000',
      'cleanup.policy': 'delete',
    });
  });

  it('resets one config to its default, leaving the rest', async () => {
    const { status } = await call(
      patchTopicConfigs,
      { topic },
      { method: 'PATCH', body: { reset: ['max.message.bytes'] } },
    );
    expect(status).toBe(200);
    expect(await dynamicConfigs()).toEqual({ 'retention.ms': '86400000', 'cleanup.policy': 'delete' });
    const { body } = await call(getTopicConfigs, { topic });
    expect(body.configs.find((c: { name: string }) => c.name === 'max.message.bytes')).toMatchObject({
      source: expect.not.stringMatching(/^topic$/),
    });
  });

  it("refuses a value Kafka rejects with Kafka's reason, and changes nothing (not even the valid part)", async () => {
    const before = await dynamicConfigs();
    const { status, body } = await call(
      patchTopicConfigs,
      { topic },
      { method: 'PATCH', body: { set: { 'segment.ms': '7200000', 'retention.ms': 'soon' } } },
    );
    expect([400, 422]).toContain(status);
    expect(body.error.message).toMatch(/retention\.ms/);
    expect(await dynamicConfigs()).toEqual(before);
  });

  it('refuses an unknown config name', async () => {
    const { status, body } = await call(
      patchTopicConfigs,
      { topic },
      { method: 'PATCH', body: { set: { 'no.such.config': '1' } } },
    );
    expect([400, 422]).toContain(status);
    expect(body.error.message).toMatch(/no\.such\.config/);
  });

  it('answers 400 for an empty or contradictory change, 404 for an unknown topic', async () => {
    expect((await call(patchTopicConfigs, { topic }, { method: 'PATCH', body: {} })).status).toBe(400);
    const both = await call(
      patchTopicConfigs,
      { topic },
      { method: 'PATCH', body: { set: { 'retention.ms': '1' }, reset: ['retention.ms'] } },
    );
    expect(both.status).toBe(400);
    const missing = uniqueName('no-such-topic');
    const get = await call(getTopicConfigs, { topic: missing });
    expect(get.status).toBe(404);
    expect(get.body.error.message).toContain(missing);
    const patch = await call(
      patchTopicConfigs,
      { topic: missing },
      { method: 'PATCH', body: { set: { 'retention.ms': '1' } } },
    );
    expect(patch.status).toBe(404);
  });
});

describe('broker configs against the real broker', () => {
  it('lists broker configs, masks sensitive ones, marks read-only ones', async () => {
    const { status, body } = await call(getBrokerConfigs, { id: '1' });
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.configs.map((c: { name: string }) => [c.name, c]));
    expect(byName['node.id']).toMatchObject({ value: '1', readOnly: true, source: 'static' });
    const sensitive = body.configs.filter((c: { sensitive: boolean }) => c.sensitive);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const c of sensitive) expect(c.value).toBeNull();
  });

  it('sets and resets a dynamic broker config', async () => {
    const set = await call(
      patchBrokerConfigs,
      { id: '1' },
      { method: 'PATCH', body: { set: { 'log.cleaner.backoff.ms': '16000' } } },
    );
    expect(set.status).toBe(200);
    expect(set.body.configs.find((c: { name: string }) => c.name === 'log.cleaner.backoff.ms')).toMatchObject(
      {
        value: '16000',
        source: 'broker',
      },
    );
    const reset = await call(
      patchBrokerConfigs,
      { id: '1' },
      { method: 'PATCH', body: { reset: ['log.cleaner.backoff.ms'] } },
    );
    expect(reset.status).toBe(200);
    expect(
      reset.body.configs.find((c: { name: string }) => c.name === 'log.cleaner.backoff.ms').source,
    ).not.toBe('broker');
  });

  it('answers 404 for an unknown broker and 400 for a malformed id', async () => {
    const missing = await call(getBrokerConfigs, { id: '42' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('Broker 42');
    expect((await call(getBrokerConfigs, { id: 'abc' })).status).toBe(400);
  });
});
