// Demo data: topics of every kind a console must show honestly (JSON with keys and headers, plain text,
// binary, a compacted topic with tombstones), a steady producer and two consumer groups, one of which is
// too slow on purpose so that it lags. Used by `npm run demo` and by the e2e seed.
import { randomUUID } from 'node:crypto';

export const DEMO_TOPICS = [
  { topic: 'demo.orders', numPartitions: 6 },
  { topic: 'demo.logs', numPartitions: 3 },
  { topic: 'demo.sensor-readings', numPartitions: 2 },
  {
    topic: 'demo.customers',
    numPartitions: 3,
    configEntries: [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'segment.ms', value: '60000' },
    ],
  },
];
export const SLOW_GROUP = 'demo-billing';
export const FAST_GROUP = 'demo-log-indexer';

const customers = ['ada', 'grace', 'linus', 'margaret', 'dennis', 'barbara', 'ken', 'radia'];
const levels = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
const pick = (a, i) => a[i % a.length];

export function order(i) {
  const customer = pick(customers, i * 7 + 3);
  return {
    key: `customer-${customer}`,
    value: JSON.stringify({
      orderId: randomUUID(),
      seq: i,
      customer,
      amount: Math.round((5 + ((i * 37) % 500) + (i % 100) / 100) * 100) / 100,
      currency: pick(['EUR', 'USD', 'GBP'], i),
      items: Array.from({ length: 1 + (i % 3) }, (_, j) => ({
        sku: `SKU-${(i + j) % 50}`,
        qty: 1 + (j % 2),
      })),
      createdAt: new Date().toISOString(),
    }),
    headers: { source: 'kafscope-demo', 'content-type': 'application/json', 'trace-id': randomUUID() },
  };
}

export function logLine(i) {
  const level = pick(levels, i);
  return {
    key: null,
    value: `${new Date().toISOString()} ${level.padEnd(5)} [worker-${i % 4}] handled request ${i} in ${(i * 13) % 250} ms`,
  };
}

/** Binary: a little-endian record (uint32 sensor id, float64 temperature, uint16 flags). Not UTF-8. */
export function reading(i) {
  const b = Buffer.alloc(14);
  b.writeUInt32LE(0xff000000 + (i % 16), 0);
  b.writeDoubleLE(20 + Math.sin(i / 5) * 3, 4);
  b.writeUInt16LE(0xfffe ^ i, 12);
  const key = Buffer.from([0xde, 0xad, i % 16]);
  return { key, value: b, headers: { unit: 'celsius', encoding: Buffer.from([0x00, 0x01]) } };
}

export function customer(i) {
  const name = pick(customers, i);
  return {
    key: `customer-${name}`,
    value: JSON.stringify({ name, tier: pick(['free', 'pro', 'team'], i), version: i }),
  };
}

/** Create the demo topics that are missing and seed them once. Returns the topics it created. */
export async function seedDemo(kafka, { log = () => {} } = {}) {
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await Promise.all([admin.connect(), producer.connect()]);
  try {
    const existing = new Set(await admin.listTopics());
    const missing = DEMO_TOPICS.filter((t) => !existing.has(t.topic));
    if (missing.length) {
      await admin.createTopics({
        topics: missing.map((t) => ({ replicationFactor: -1, ...t })),
        waitForLeaders: true,
      });
      log(`Created ${missing.map((t) => t.topic).join(', ')}`);
    }
    const created = new Set(missing.map((t) => t.topic));
    const range = (n) => Array.from({ length: n }, (_, i) => i);
    const seeds = [
      ['demo.orders', range(300).map(order), 0],
      ['demo.logs', range(200).map(logLine), 1],
      ['demo.sensor-readings', range(60).map(reading), 0],
      // Compacted: several versions per key, and a tombstone (null value) for one customer.
      ['demo.customers', [...range(40).map(customer), { key: 'customer-ken', value: null }], 0],
    ];
    for (const [topic, messages, compression] of seeds) {
      if (created.has(topic)) await producer.send({ topic, messages, compression });
    }
    // demo-billing starts behind: it has read the first 100 orders of each partition's share (an empty group's
    // offsets can be set without joining it), so lag shows before any traffic runs.
    if (created.has('demo.orders')) {
      const ends = await admin.fetchTopicOffsets('demo.orders');
      await admin.setOffsets({
        groupId: SLOW_GROUP,
        topic: 'demo.orders',
        partitions: ends.map((p) => ({
          partition: p.partition,
          offset: String(Math.floor(Number(p.high) / 3)),
        })),
      });
    }
    return [...created];
  } finally {
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  }
}

/**
 * Keep producing a few messages a second and run two groups: demo-log-indexer keeps up, demo-billing
 * handles ~1.5 orders/s while ~3/s arrive, so its lag grows. Returns stop().
 */
export async function runDemoTraffic(kafka, { log = () => {} } = {}) {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  let i = 0;
  let stopped = false;
  const tick = setInterval(() => {
    if (stopped) return;
    i++;
    const batch = [
      { topic: 'demo.orders', messages: [order(i)] },
      { topic: 'demo.logs', messages: [logLine(i), logLine(i + 1)] },
    ];
    if (i % 4 === 0) batch.push({ topic: 'demo.sensor-readings', messages: [reading(i)] });
    if (i % 20 === 0) batch.push({ topic: 'demo.customers', messages: [customer(i)] });
    producer.sendBatch({ topicMessages: batch }).catch((e) => log(`demo producer: ${e.message}`));
  }, 333);

  const slow = kafka.consumer({ groupId: SLOW_GROUP, maxBytesPerPartition: 4096 });
  const fast = kafka.consumer({ groupId: FAST_GROUP });
  await Promise.all([slow.connect(), fast.connect()]);
  await slow.subscribe({ topic: 'demo.orders', fromBeginning: true });
  await fast.subscribe({ topic: 'demo.logs', fromBeginning: true });
  await slow.run({
    eachMessage: async () => {
      await new Promise((r) => setTimeout(r, 650));
    },
  });
  await fast.run({ eachMessage: async () => {} });

  return async function stop() {
    stopped = true;
    clearInterval(tick);
    await Promise.allSettled([slow.disconnect(), fast.disconnect(), producer.disconnect()]);
  };
}
