import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { TEST_BROKERS } from './broker.mjs';

// Helpers for integration tests: a plain kafkajs client of the test's own (the code under test has its
// own), and unique names so tests never see each other's topics or groups.
export const testKafka = () =>
  new Kafka({
    clientId: 'kafscope-test',
    brokers: [TEST_BROKERS],
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });

export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * Create a topic (the admin must be connected) and write `count` messages round-robin over its partitions:
 * message i goes to partition i % partitions with the value `value(i)` (default `m<i>`).
 */
export async function seedTopic(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  {
    partitions,
    count,
    value = (i) => `m${i}`,
  }: { partitions: number; count: number; value?: (i: number) => string },
) {
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    messages: Array.from({ length: count }, (_, i) => ({ value: value(i), partition: i % partitions })),
  });
  await producer.disconnect();
}

/** Delete the groups and topics a test made, disconnect its admin and drop the code under test's client. */
export async function cleanUp(
  admin: Admin,
  { groups = [], topics = [] }: { groups?: string[]; topics?: string[] },
) {
  if (groups.length) await admin.deleteGroups(groups).catch(() => {});
  if (topics.length) await admin.deleteTopics({ topics }).catch(() => {});
  await admin.disconnect();
}
