import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
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
