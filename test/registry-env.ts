import { SchemaRegistryClient } from '@confluentinc/schemaregistry';
import { afterAll, beforeAll } from 'vitest';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from './kafka';
import { ensureTestRegistry } from './registry.mjs';

/**
 * The test registry for this file: started when none answers, set as the server's registry before the
 * tests and unset after them. `url` is its Confluent-compatible API once the tests run.
 */
export function withTestRegistry() {
  const registry = { url: '' };
  beforeAll(async () => {
    registry.url = await ensureTestRegistry();
    process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = registry.url;
  }, 120_000);
  afterAll(() => {
    delete process.env.KAFSCOPE_SCHEMA_REGISTRY_URL;
  });
  return registry;
}

/**
 * withTestRegistry, plus what the registry integration tests share: Confluent's own registry client (a
 * client we did not write), an admin, and one-partition topics of their own, deleted afterwards.
 */
export function withRegistryTopics(prefix: string) {
  const registry = withTestRegistry();
  const kafka = testKafka();
  const admin = kafka.admin();
  const created: string[] = [];
  const ctx = {
    registry,
    kafka,
    admin,
    client: null as unknown as SchemaRegistryClient,
    async newTopic() {
      const topic = uniqueName(prefix);
      created.push(topic);
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
      return topic;
    },
  };
  beforeAll(async () => {
    ctx.client = new SchemaRegistryClient({ baseURLs: [registry.url] });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: created }).catch(() => {});
    await admin.disconnect();
    await resetConnections();
  });
  return ctx;
}
