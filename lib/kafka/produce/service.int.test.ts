import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as produceRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import { GET as topicRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { TEST_BROKERS } from '@/test/broker.mjs';

// Produce through our route, read back with kcat (librdkafka: a client we did not write), byte for byte.

const kafka = testKafka();
const admin = kafka.admin();
const created: string[] = [];

beforeAll(() => admin.connect());
afterAll(async () => {
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

async function newTopic(partitions = 1, configEntries: { name: string; value: string }[] = []) {
  const topic = uniqueName('produce');
  created.push(topic);
  await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: partitions, replicationFactor: 1, configEntries }],
  });
  return topic;
}

const produce = (topic: string, body: unknown) => call(produceRoute, { topic }, { method: 'POST', body });

type Read = { partition: number; offset: number; key: Buffer | null; value: Buffer | null; headers: string };

/** Every message of the topic as kcat sees it: a text line of metadata, then the raw key and value bytes. */
function kcatRead(topic: string): Read[] {
  const out = execFileSync(
    'kcat',
    ['-b', TEST_BROKERS, '-C', '-t', topic, '-e', '-q', '-f', '%p\t%o\t%K\t%S\t%h\n%k%s'],
    { timeout: 30_000, maxBuffer: 1 << 26 },
  );
  const got: Read[] = [];
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(0x0a, at);
    const [p, o, k, s, h] = out.subarray(at, nl).toString('utf8').split('\t');
    at = nl + 1;
    const take = (len: number) => {
      if (len < 0) return null;
      const b = out.subarray(at, at + len);
      at += len;
      return Buffer.from(b);
    };
    const key = take(Number(k));
    const value = take(Number(s));
    got.push({ partition: Number(p), offset: Number(o), key, value, headers: h ?? '' });
  }
  return got.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}

const highWatermarks = async (topic: string) =>
  (await admin.fetchTopicOffsets(topic)).reduce((s, p) => s + Number(p.high), 0);

describe('produce against the real broker, read back by kcat', () => {
  it('writes a JSON value with a text key and headers, byte-exact, and answers partition and offset', async () => {
    const topic = await newTopic(1);
    const value = '{\n  "order": 17,\n  "note": "café ☕"\n}';
    const r = await produce(topic, {
      key: { type: 'text', text: 'customer-7' },
      value: { type: 'json', text: value },
      headers: [
        { key: 'source', value: 'kafscope' },
        { key: 'trace', value: 'abc-123' },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      topic,
      requested: 1,
      written: [{ index: 0, partition: 0, offset: 0 }],
      failed: [],
    });
    const [m] = kcatRead(topic);
    expect(m!.key!.toString('utf8')).toBe('customer-7');
    expect(m!.value!.equals(Buffer.from(value, 'utf8'))).toBe(true);
    expect(m!.headers).toBe('source=kafscope,trace=abc-123');
  });

  it('writes binary (base64) values and tombstones exactly, and keyless messages with no key', async () => {
    const topic = await newTopic(1);
    const bytes = Buffer.from([0xff, 0x00, 0xfe, 0x80, 0x0a, 0xc3, 0x28]); // not UTF-8, with a newline
    expect((await produce(topic, { value: { type: 'base64', text: bytes.toString('base64') } })).status).toBe(
      200,
    );
    expect(
      (await produce(topic, { key: { type: 'text', text: 'gone' }, value: { type: 'tombstone' } })).status,
    ).toBe(200);
    const [bin, tomb] = kcatRead(topic);
    expect(bin!.key).toBeNull();
    expect(bin!.value!.equals(bytes)).toBe(true);
    expect(tomb!.key!.toString()).toBe('gone');
    expect(tomb!.value).toBeNull();
  });

  it('places keyed messages on the partition Java clients pick (murmur2), the same as librdkafka', async () => {
    const topic = await newTopic(6);
    const keys = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const ours = new Map<string, number>();
    for (const key of keys) {
      const r = await produce(topic, {
        key: { type: 'text', text: key },
        value: { type: 'text', text: 'x' },
      });
      ours.set(key, r.body.written[0].partition);
    }
    const peerTopic = await newTopic(6);
    execFileSync(
      'kcat',
      ['-b', TEST_BROKERS, '-P', '-t', peerTopic, '-K', ':', '-X', 'partitioner=murmur2_random'],
      { input: keys.map((k) => `${k}:x`).join('\n') + '\n', timeout: 30_000 },
    );
    const theirs = new Map(kcatRead(peerTopic).map((m) => [m.key!.toString(), m.partition]));
    expect(new Set(ours.values()).size).toBeGreaterThan(1); // the keys really spread
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
  });

  it('sends N messages from a template, in order, with consecutive offsets per partition', async () => {
    const topic = await newTopic(3);
    const r = await produce(topic, {
      count: 60,
      key: { type: 'text', text: 'k-{{i}}' },
      value: { type: 'json', text: '{"n": {{i}}, "id": "{{uuid}}", "at": {{epoch}}}' },
      headers: [{ key: 'id', value: '{{uuid}}' }],
      compression: 'gzip',
    });
    expect(r.status).toBe(200);
    expect(r.body.written).toHaveLength(60);
    expect(r.body.written.map((w: { index: number }) => w.index)).toEqual([...Array(60).keys()]);
    const read = kcatRead(topic);
    expect(read).toHaveLength(60);
    for (const m of read) {
      const v = JSON.parse(m.value!.toString());
      expect(m.key!.toString()).toBe(`k-${v.n}`);
      expect(m.headers).toBe(`id=${v.id}`); // one uuid per message, in value and header alike
      const w = r.body.written[v.n];
      expect([w.partition, w.offset]).toEqual([m.partition, m.offset]);
    }
  });

  it.each(['gzip', 'snappy', 'lz4', 'zstd'])('compresses with %s in a way librdkafka reads', async (c) => {
    const [topic, plain] = [await newTopic(1), await newTopic(1)];
    const text = `${c} ${'kafscope '.repeat(50)}`;
    const r = await produce(topic, { value: { type: 'text', text }, compression: c, count: 3 });
    expect(r.status).toBe(200);
    expect(kcatRead(topic).map((m) => m.value!.toString())).toEqual([text, text, text]);
    // Really compressed: the same messages sent uncompressed take several times the space on disk.
    await produce(plain, { value: { type: 'text', text }, compression: 'none', count: 3 });
    const size = async (t: string) => (await call(topicRoute, { topic: t })).body.sizeBytes as number;
    expect(await size(topic)).toBeLessThan((await size(plain)) / 2);
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const topic = await newTopic(2);
    const cases: [unknown, number, RegExp][] = [
      [{ value: { type: 'json', text: '{"a": }' } }, 400, /value is not valid JSON/],
      [
        { key: { type: 'json', text: 'nope' }, value: { type: 'text', text: 'x' } },
        400,
        /key is not valid JSON/,
      ],
      [{ count: 3, value: { type: 'json', text: '{{now}}' } }, 400, /Message 0's value is not valid JSON/],
      [{ value: { type: 'base64', text: 'not base64!' } }, 400, /not valid base64/],
      [
        { partition: 2, value: { type: 'text', text: 'x' } },
        400,
        /partitions 0 to 1; there is no partition 2/,
      ],
      [{ count: 1001, value: { type: 'text', text: 'x' } }, 400, /At most 1000 messages/],
      [
        {
          value: { type: 'text', text: 'x' },
          headers: Array.from({ length: 65 }, () => ({ key: 'h', value: '' })),
        },
        400,
        /At most 64 headers/,
      ],
      [
        { value: { type: 'text', text: 'x' }, headers: [{ key: 'h', value: 'v'.repeat(17_000) }] },
        400,
        /16 KB/,
      ],
      [{ value: { type: 'text', text: 'x' }, compression: 'brotli' }, 400, /compression/],
    ];
    for (const [body, status, message] of cases) {
      const r = await produce(topic, body);
      expect([r.status, r.body.error?.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect(await highWatermarks(topic)).toBe(0);
  });

  it('keeps producing after a topic it wrote to was deleted by another tool', async () => {
    // kafkajs's producer refreshes metadata for every topic it ever wrote to, and fails them all once one
    // is gone: seen in the e2e suite after a test deleted its topic.
    const [gone, other] = [await newTopic(1), await newTopic(1)];
    expect((await produce(gone, { value: { type: 'text', text: 'a' } })).status).toBe(200);
    await admin.deleteTopics({ topics: [gone] });
    const r = await produce(other, { value: { type: 'text', text: 'b' } });
    expect([r.status, r.body.written]).toEqual([200, [{ index: 0, partition: 0, offset: 0 }]]);
  });

  it('never creates a topic that does not exist', async () => {
    const topic = uniqueName('produce-missing');
    const r = await produce(topic, { value: { type: 'text', text: 'x' } });
    expect(r.status).toBe(404);
    expect(await admin.listTopics()).not.toContain(topic);
  });

  it("shows Kafka's refusal of a message above max.message.bytes, then still sends", async () => {
    const topic = await newTopic(1, [{ name: 'max.message.bytes', value: '900' }]);
    const big = await produce(topic, { value: { type: 'text', text: 'x'.repeat(2000) } });
    expect(big.status).toBe(422);
    expect(big.body.error.message).toMatch(/Kafka refused: .*max\.message\.bytes = 900 bytes/);
    expect(await highWatermarks(topic)).toBe(0);
    // The idempotent producer is not stuck on the refused batch.
    const ok = await produce(topic, { value: { type: 'text', text: 'small' } });
    expect(ok.status).toBe(200);
    expect(ok.body.written).toEqual([{ index: 0, partition: 0, offset: 0 }]);
  });

  it('says exactly which messages were written when only some were (207)', async () => {
    const topic = await newTopic(1, [{ name: 'max.message.bytes', value: '900' }]);
    // {{i}} repeated: messages 0-9 are 500 bytes (accepted), 10 and 11 are 1000 bytes (refused).
    const r = await produce(topic, { count: 12, value: { type: 'text', text: '{{i}}'.repeat(500) } });
    expect(r.status).toBe(207);
    expect(r.body.written.map((w: { index: number; offset: number }) => [w.index, w.offset])).toEqual(
      [...Array(10).keys()].map((i) => [i, i]),
    );
    expect(r.body.failed.map((f: { index: number }) => f.index)).toEqual([10, 11]);
    expect(r.body.failed[0].error).toMatch(/Kafka refused/);
    expect(r.body.failed[1].error).toMatch(/Not sent: an earlier batch for partition 0 failed/);
    expect(kcatRead(topic)).toHaveLength(10);
  });

  /** The most memory held (live, after a full gc) in buffers while `work` runs, above where it began. */
  async function peakBuffers(work: Promise<unknown>) {
    const live = () => {
      global.gc!();
      return process.memoryUsage().arrayBuffers;
    };
    const base = live();
    let peak = base;
    const t = setInterval(() => (peak = Math.max(peak, live())), 10);
    await work;
    clearInterval(t);
    return peak - base;
  }

  it('bounds a request by count x size before building it: 1,000 x 1.1 MB is refused, nothing is held', async () => {
    const topic = await newTopic(3);
    const value = Buffer.alloc(1_100_000, 7).toString('base64');
    let r: Awaited<ReturnType<typeof produce>> | undefined;
    const held = await peakBuffers(
      produce(topic, { count: 1000, value: { type: 'base64', text: value } }).then((x) => (r = x)),
    );
    expect(r!.status).toBe(422);
    expect(r!.body.error.message).toMatch(
      /1000 messages of about 1,100,\d{3} bytes .* at most 67,108,864 bytes/,
    );
    // Before: every message was built first (1.1 GB) and then refused one by one by Kafka.
    expect(held).toBeLessThan(64 * 1024 * 1024);
    expect(await highWatermarks(topic)).toBe(0);
  });

  it('sends large messages batch by batch, in order: 50 x 600 KB, one per batch under the 1 MB limit', async () => {
    const topic = await newTopic(1);
    const value = Buffer.alloc(600_000, 1).toString('base64');
    const r = await produce(topic, { count: 50, value: { type: 'base64', text: value } });
    expect(r.status).toBe(200);
    expect(r.body.written.map((w: { offset: number }) => w.offset)).toEqual([...Array(50).keys()]);
    expect(await highWatermarks(topic)).toBe(50);
  });
});
