import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompressionTypes } from 'kafkajs';
import { registerCodecs } from './codecs';
import { testKafka, uniqueName } from '@/test/kafka';
import { TEST_BROKERS } from '@/test/broker.mjs';

// Every codec both ways against librdkafka (kcat, a client we did not write): kafkajs only builds in gzip.
registerCodecs();
const kafka = testKafka();
const admin = kafka.admin();
const producer = kafka.producer();
const topics: string[] = [];
const groups: string[] = [];

beforeAll(async () => {
  await Promise.all([admin.connect(), producer.connect()]);
});
afterAll(async () => {
  await admin.deleteTopics({ topics }).catch(() => {});
  await admin.deleteGroups(groups).catch(() => {});
  await Promise.all([admin.disconnect(), producer.disconnect()]);
});

const codecs = [
  ['gzip', CompressionTypes.GZIP],
  ['snappy', CompressionTypes.Snappy],
  ['lz4', CompressionTypes.LZ4],
  ['zstd', CompressionTypes.ZSTD],
] as const;

async function newTopic(codec: string) {
  const topic = uniqueName(`codec-${codec}`);
  topics.push(topic);
  await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  return topic;
}

async function readWithKafkajs(topic: string, count: number) {
  const groupId = uniqueName('codec-reader');
  groups.push(groupId);
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const got: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${got.length} of ${count} messages`)), 30_000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        got.push(`${message.key?.toString()}=${message.value?.toString()}`);
        if (got.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return got;
}

describe.each(codecs)('%s', (name, type) => {
  // A value long and repetitive enough that every codec really compresses it.
  const value = (i: number) => `${name}-${i}-${'kafscope '.repeat(40)}`;

  it('kafkajs writes batches that librdkafka reads', async () => {
    const topic = await newTopic(name);
    await producer.send({
      topic,
      compression: type,
      messages: [0, 1, 2].map((i) => ({ key: `k${i}`, value: value(i) })),
    });
    const out = execFileSync('kcat', ['-b', TEST_BROKERS, '-C', '-t', topic, '-e', '-q', '-f', '%k=%s\\n'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.replace(/\n$/, '').split('\n')).toEqual([0, 1, 2].map((i) => `k${i}=${value(i)}`));
  });

  it('kafkajs reads batches that librdkafka writes', async () => {
    const topic = await newTopic(name);
    const input = [0, 1, 2].map((i) => `k${i}:${value(i)}`).join('\n') + '\n';
    execFileSync('kcat', ['-b', TEST_BROKERS, '-P', '-t', topic, '-z', name, '-K', ':'], {
      input,
      timeout: 30_000,
    });
    const got = await readWithKafkajs(topic, 3);
    expect(got).toEqual([0, 1, 2].map((i) => `k${i}=${value(i)}`));
  });
});
