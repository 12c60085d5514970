import { execFileSync } from 'node:child_process';
import { NextRequest } from 'next/server';
import { CompressionTypes } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as messagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { GET as oneRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/[partition]/[offset]/route';
import { POST as deleteRecordsRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/delete-records/route';
import { activeReads } from './read';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { messagesOf, readEvents } from '@/test/sse';
import { TEST_BROKERS } from '@/test/broker.mjs';
import { pollUntil } from '@/test/poll';

const kafka = testKafka();
const admin = kafka.admin();
// Idempotent: a retried send (a slow broker) must not write the seed twice; the tests count messages.
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
const created: string[] = [];

beforeAll(async () => {
  await admin.connect();
  await producer.connect();
});
afterAll(async () => {
  await producer.disconnect();
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

async function newTopic(partitions = 1) {
  const topic = uniqueName('read');
  created.push(topic);
  // No time retention: the seeded messages carry timestamps from January 2026, older than the default 7
  // days, and the broker's retention check would delete them in the middle of the run (seen as a flake).
  await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: partitions, configEntries: [{ name: 'retention.ms', value: '-1' }] }],
  });
  return topic;
}

/** GET the messages route; the Response (a stream) or its JSON error. */
function open(topic: string, query: Record<string, string>, headers: Record<string, string> = {}) {
  const url = `http://localhost/api/topics/${topic}/messages?${new URLSearchParams(query)}`;
  const controller = new AbortController();
  const res = messagesRoute(new NextRequest(url, { headers, signal: controller.signal }), {
    params: Promise.resolve({ topic }),
  });
  return { res, controller };
}
async function read(topic: string, query: Record<string, string>) {
  const res = await open(topic, query).res;
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events = await readEvents(res);
  const done = events.find((e) => e.event === 'done')?.data as
    { found: number; scanned: number; reason: string } | undefined;
  return { events, messages: messagesOf(events), done: done! };
}
const values = (ms: { value: { text?: string } }[]) => ms.map((m) => m.value.text);

// 3 partitions, 30 messages with timestamps one second apart: message i at T0 + i s, partition i % 3.
const T0 = Date.parse('2026-01-01T00:00:00Z');
let seeded: string;
beforeAll(async () => {
  seeded = await newTopic(3);
  await producer.send({
    topic: seeded,
    messages: Array.from({ length: 30 }, (_, i) => ({
      key: `k${i}`,
      value: JSON.stringify({ n: i, even: i % 2 === 0 }),
      partition: i % 3,
      timestamp: String(T0 + i * 1000),
    })),
  });
});

describe('reading without a consumer group', () => {
  it('oldest: the first N by time, merged across partitions', async () => {
    const { messages, done } = await read(seeded, { start: 'oldest', max: '10' });
    expect(messages.map((m) => JSON.parse(m.value.text).n)).toEqual([...Array(10).keys()]);
    expect(messages[4]).toMatchObject({
      partition: 1,
      offset: 1,
      timestamp: T0 + 4000,
      timestampType: 'create',
    });
    expect(messages[4].key).toMatchObject({ encoding: 'text', text: 'k4' });
    expect(messages[4].value.encoding).toBe('json');
    expect(done).toMatchObject({ found: 10, reason: 'max' });
  });

  it('newest: the last N, newest first', async () => {
    const { messages, done } = await read(seeded, { start: 'newest', max: '5' });
    expect(messages.map((m) => JSON.parse(m.value.text).n)).toEqual([29, 28, 27, 26, 25]);
    expect(done.reason).toBe('max');
  });

  it('newest in one partition: by offset, even when producers wrote older timestamps later', async () => {
    const topic = await newTopic(1);
    // offsets 0..5; offset 3 carries a timestamp from before every other one
    const ts = [10, 20, 30, 1, 40, 50].map((s) => String(T0 + s * 1000));
    await producer.send({ topic, messages: ts.map((timestamp, i) => ({ value: `v${i}`, timestamp })) });
    const { messages } = await read(topic, { start: 'newest', max: '6' });
    expect(messages.map((m) => m.offset)).toEqual([5, 4, 3, 2, 1, 0]);
    // across partitions the merge is by time, each partition still in offset order
    const all = await read(seeded, { start: 'newest', max: '30' });
    for (const p of [0, 1, 2]) {
      const offs = all.messages.filter((m) => m.partition === p).map((m) => m.offset);
      expect(offs).toEqual([...offs].sort((a, b) => b - a));
    }
  });

  it('an offset in one partition; an offset below the start is clamped and said so', async () => {
    const { messages } = await read(seeded, { start: 'offset', partition: '1', offset: '7', max: '50' });
    expect(messages.map((m) => [m.partition, m.offset])).toEqual([
      [1, 7],
      [1, 8],
      [1, 9],
    ]);
    const del = await call(
      deleteRecordsRoute,
      { topic: seeded },
      { method: 'POST', body: { partition: 2, before: 4 } },
    );
    expect(del.status).toBe(200);
    const clamped = await read(seeded, { start: 'offset', partition: '2', offset: '1', max: '2' });
    expect(clamped.messages.map((m) => m.offset)).toEqual([4, 5]);
    expect(clamped.events[0]!.data).toMatchObject({
      phase: 'reading',
      notes: [expect.stringContaining('Partition 2 starts at offset 4')],
    });
  });

  it('a bounded read decodes about what it returns, even from one big compressed batch', async () => {
    const topic = await newTopic(1);
    // 5,000 records of ~300 bytes in gzip batches of 1,000: a fetch answers whole batches, decompressed.
    for (let b = 0; b < 5; b++)
      await producer.send({
        topic,
        compression: CompressionTypes.GZIP,
        messages: Array.from({ length: 1000 }, (_, i) => ({
          value: JSON.stringify({ n: b * 1000 + i, pad: 'x'.repeat(280) }),
        })),
      });
    const from = await read(topic, { start: 'offset', partition: '0', offset: '1234', max: '100' });
    expect(from.messages.map((m) => m.offset)).toEqual(Array.from({ length: 100 }, (_, i) => 1234 + i));
    expect(from.done).toMatchObject({ found: 100, reason: 'max' });
    expect(from.done.scanned / from.done.found).toBeLessThanOrEqual(1.5);
    // Across a batch boundary, and then on to the end: nothing skipped, nothing twice.
    const across = await read(topic, { start: 'offset', partition: '0', offset: '1950', max: '3050' });
    expect(across.messages.map((m) => m.offset)).toEqual(Array.from({ length: 3050 }, (_, i) => 1950 + i));
    const oldest = await read(topic, { start: 'oldest', max: '100' });
    expect(oldest.done.scanned / oldest.done.found).toBeLessThanOrEqual(1.5);
  });

  it('the newest and the oldest N over several partitions decode about N, also when one partition holds them all', async () => {
    const topic = await newTopic(4);
    // Partitions 1-3: 300 old messages each; partition 0: 300 newer ones, then 20 in between the others.
    const at = (s: number) => String(T0 + s * 1000);
    await producer.send({
      topic,
      messages: [
        ...[1, 2, 3].flatMap((p) =>
          Array.from({ length: 300 }, (_, i) => ({ value: `old-${p}-${i}`, partition: p, timestamp: at(i) })),
        ),
        ...Array.from({ length: 300 }, (_, i) => ({
          value: `new-${i}`,
          partition: 0,
          timestamp: at(10_000 + i),
        })),
      ],
    });
    // Forward too: the oldest 100 are the old ones, interleaved by time.
    const oldest = await read(topic, { start: 'oldest', max: '100' });
    expect(oldest.messages.map((m) => m.timestamp)).toEqual(
      Array.from({ length: 100 }, (_, i) => T0 + Math.floor(i / 3) * 1000),
    );
    expect(oldest.done.scanned / oldest.done.found).toBeLessThanOrEqual(1.5);
    const skewed = await read(topic, { start: 'newest', max: '100' });
    expect(values(skewed.messages)).toEqual(Array.from({ length: 100 }, (_, i) => `new-${299 - i}`));
    expect(skewed.done.scanned / skewed.done.found).toBeLessThanOrEqual(1.5);
    // Balanced: every partition's newest take turns by time.
    const spread = await newTopic(4);
    await producer.send({
      topic: spread,
      messages: Array.from({ length: 800 }, (_, i) => ({
        value: `m${i}`,
        partition: i % 4,
        timestamp: at(i),
      })),
    });
    const even = await read(spread, { start: 'newest', max: '100' });
    expect(values(even.messages)).toEqual(Array.from({ length: 100 }, (_, i) => `m${799 - i}`));
    expect(even.done.scanned / even.done.found).toBeLessThanOrEqual(1.5);
    const first = await read(spread, { start: 'oldest', max: '100' });
    expect(values(first.messages)).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    expect(first.done.scanned / first.done.found).toBeLessThanOrEqual(1.5);
  });

  it('a timestamp: messages at or after it', async () => {
    const { messages } = await read(seeded, {
      start: 'timestamp',
      ts: new Date(T0 + 20_500).toISOString(),
      max: '50',
    });
    expect(messages.map((m) => JSON.parse(m.value.text).n)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29]);
    const future = await read(seeded, { start: 'timestamp', ts: String(Date.now() + 3_600_000) });
    expect(future.messages).toEqual([]);
    expect(future.events[0]!.data).toMatchObject({ notes: [expect.stringContaining('in the future')] });
  });

  it('filters with CEL and quick search, and reports what it scanned', async () => {
    const even = await read(seeded, { start: 'oldest', filter: 'value.even && value.n >= 20', max: '100' });
    expect(even.messages.map((m) => JSON.parse(m.value.text).n)).toEqual([20, 22, 24, 26, 28]);
    expect(even.done).toMatchObject({ found: 5, reason: 'end' });
    expect(even.done.scanned).toBe(30 - 4); // partition 2 lost 4 records above
    const byKey = await read(seeded, { start: 'oldest', q: 'K17' });
    expect(byKey.messages.map((m) => m.key.text)).toEqual(['k17']);
    const meta = await read(seeded, { start: 'newest', filter: 'partition == 1 && offset < 2', max: '10' });
    expect(meta.messages.map((m) => [m.partition, m.offset])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('shows every encoding honestly: JSON, text, binary, MessagePack, tombstones, headers, 1 MB values', async () => {
    const topic = await newTopic(1);
    const msgpack = Buffer.from([0x82, 0xa1, 0x61, 0x01, 0xa1, 0x62, 0xa2, 0x68, 0x69]); // {"a":1,"b":"hi"}
    const notUtf8 = Buffer.from([0xc3, 0x28, 0xff, 0x00]);
    const big = 'x'.repeat(1_000_000); // ~1 MB: the broker's default limit is 1,048,588 bytes per batch
    await producer.send({
      topic,
      messages: [
        { key: null, value: '{"a": [1, 2]}' },
        { key: 'plain', value: 'hello, kafka ☕', headers: { trace: 'abc', bin: Buffer.from([0xff]) } },
        { key: notUtf8, value: notUtf8 },
        { value: msgpack },
        { key: 'gone', value: null },
        { value: big },
      ],
    });
    const { messages } = await read(topic, { start: 'oldest' });
    const [json, text, bin, mp, tomb, large] = messages;
    expect(json.key).toEqual({ encoding: 'null', size: 0, truncated: false });
    expect(json.value).toMatchObject({ encoding: 'json', text: '{"a": [1, 2]}' });
    expect(text.value).toMatchObject({ encoding: 'text', text: 'hello, kafka ☕' });
    expect(text.headers).toEqual([
      { key: 'trace', value: expect.objectContaining({ encoding: 'text', text: 'abc' }) },
      { key: 'bin', value: expect.objectContaining({ encoding: 'binary', base64: '/w==' }) },
    ]);
    expect(bin.key).toMatchObject({ encoding: 'binary', base64: notUtf8.toString('base64'), size: 4 });
    expect(bin.value).toMatchObject({ encoding: 'binary', base64: notUtf8.toString('base64') });
    expect(mp.value).toMatchObject({ encoding: 'msgpack', text: '{"a":1,"b":"hi"}' });
    expect(tomb.value.encoding).toBe('null');
    expect(tomb.key.text).toBe('gone');
    expect(large.value).toMatchObject({ encoding: 'text', size: big.length, truncated: true });
    expect(large.value.text.length).toBe(20 * 1024);
    // Asked for as JSON, text is not JSON: shown as binary with the reason, never dropped.
    const forced = await read(topic, { start: 'offset', offset: '1', max: '1', valueAs: 'json' });
    expect(forced.messages[0].value).toMatchObject({
      encoding: 'binary',
      error: expect.stringContaining('not valid JSON'),
    });
    // "Show all": the one message, whole.
    const whole = await call(oneRoute, { topic, partition: '0', offset: '5' });
    expect(whole.status).toBe(200);
    expect(whole.body.value).toMatchObject({ size: big.length, truncated: false });
    expect(whole.body.value.text).toBe(big);
  });

  it.each(['gzip', 'snappy', 'lz4', 'zstd'])('reads %s batches written by librdkafka', async (codec) => {
    const topic = await newTopic(1);
    execFileSync('kcat', ['-b', TEST_BROKERS, '-P', '-t', topic, '-z', codec, '-K', ':'], {
      input: 'a:one\nb:two\n',
      timeout: 30_000,
    });
    const { messages } = await read(topic, { start: 'oldest' });
    expect(messages.map((m) => [m.key.text, m.value.text])).toEqual([
      ['a', 'one'],
      ['b', 'two'],
    ]);
  });

  it('shows keys and headers of messages produced by librdkafka', async () => {
    const topic = await newTopic(1);
    execFileSync(
      'kcat',
      ['-b', TEST_BROKERS, '-P', '-t', topic, '-K', ':', '-H', 'source=kcat', '-H', 'n=1'],
      { input: 'order-1:{"total": 12}\n', timeout: 30_000 },
    );
    const [m] = (await read(topic, { start: 'oldest' })).messages;
    expect(m.key).toMatchObject({ encoding: 'text', text: 'order-1' });
    expect(m.value).toMatchObject({ encoding: 'json', text: '{"total": 12}' });
    expect(m.headers.map((h: { key: string; value: { text: string } }) => [h.key, h.value.text])).toEqual([
      ['source', 'kcat'],
      ['n', '1'],
    ]);
  });

  it('read_committed: aborted transactions and their markers are never shown', async () => {
    const topic = await newTopic(1);
    const tx = kafka.producer({
      transactionalId: uniqueName('tx'),
      maxInFlightRequests: 1,
      idempotent: true,
    });
    await tx.connect();
    const commit = await tx.transaction();
    await commit.send({ topic, messages: [{ value: 'committed-1' }, { value: 'committed-2' }] });
    await commit.commit();
    const abort = await tx.transaction();
    await abort.send({ topic, messages: [{ value: 'aborted-1' }, { value: 'aborted-2' }] });
    await abort.abort();
    const commit2 = await tx.transaction();
    await commit2.send({ topic, messages: [{ value: 'committed-3' }], compression: CompressionTypes.GZIP });
    await commit2.commit();
    await tx.disconnect();
    const { messages } = await read(topic, { start: 'oldest' });
    expect(values(messages)).toEqual(['committed-1', 'committed-2', 'committed-3']);
    const newest = await read(topic, { start: 'newest', max: '2' });
    expect(values(newest.messages)).toEqual(['committed-3', 'committed-2']);
  });

  it('an empty topic reads as nothing, and ends', async () => {
    const topic = await newTopic(2);
    for (const start of ['oldest', 'newest']) {
      const { messages, done } = await read(topic, { start });
      expect([messages, done]).toEqual([[], expect.objectContaining({ found: 0, reason: 'end' })]);
    }
  });

  it('live: new messages arrive; the resume token continues where the stream stopped', async () => {
    const topic = await newTopic(2);
    const { res, controller } = open(topic, { start: 'newest', follow: '1' });
    const stream = await res;
    let isLive: () => void;
    const live = new Promise<void>((r) => (isLive = r));
    const got = readEvents(stream, {
      until: (e, all) => {
        if (e.event === 'phase' && (e.data as { phase: string }).phase === 'live') isLive();
        return messagesOf(all).length >= 2;
      },
    });
    await live;
    await producer.send({
      topic,
      messages: [
        { value: 'live-1', partition: 0 },
        { value: 'live-2', partition: 1 },
      ],
    });
    const events = await got;
    controller.abort();
    expect(events.some((e) => e.event === 'phase' && (e.data as { phase: string }).phase === 'live')).toBe(
      true,
    );
    expect(values(messagesOf(events)).sort()).toEqual(['live-1', 'live-2']);
    const token = events.filter((e) => e.event === 'messages').at(-1)!.id!;
    // Reconnecting with Last-Event-ID: only what came after.
    await producer.send({ topic, messages: [{ value: 'live-3', partition: 0 }] });
    const again = open(topic, { start: 'newest', follow: '1' }, { 'last-event-id': token });
    const more = await readEvents(await again.res, { until: (_e, all) => messagesOf(all).length >= 1 });
    again.controller.abort();
    expect(values(messagesOf(more))).toEqual(['live-3']);
  });

  it('live after a bounded read goes on from the last message passed on, not from what was fetched ahead', async () => {
    const topic = await newTopic(1);
    await producer.send({ topic, messages: Array.from({ length: 30 }, (_, i) => ({ value: `m${i}` })) });
    const { res, controller } = open(topic, { start: 'oldest', max: '5', follow: '1' });
    const events = await readEvents(await res, { until: (_e, all) => messagesOf(all).length >= 30 });
    controller.abort();
    // One fetch brings all 30; before, live mode went on from offset 30 and offsets 5-29 were never shown.
    expect(messagesOf(events).map((m) => m.offset)).toEqual([...Array(30).keys()]);
    // With a filter too: the resume token of each batch is where the read really stands.
    const f = open(topic, { start: 'oldest', max: '3', q: 'm1', follow: '1' });
    const fe = await readEvents(await f.res, { until: (_e, all) => messagesOf(all).length >= 11 });
    f.controller.abort();
    expect(values(messagesOf(fe))).toEqual([
      'm1',
      'm10',
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
      'm18',
      'm19',
    ]);
  });

  it('closing the stream stops every broker read, and no consumer group is ever created', async () => {
    const groupsBefore = (await admin.listGroups()).groups.map((g) => g.groupId);
    const readsBefore = activeReads();
    const { res, controller } = open(seeded, { start: 'newest', follow: '1' });
    await readEvents(await res, {
      until: (e) => e.event === 'phase' && (e.data as { phase: string }).phase === 'live',
    });
    expect(activeReads()).toBe(readsBefore + 1);
    controller.abort();
    await pollUntil(activeReads, (n) => n <= readsBefore, { timeout: 5000, interval: 50 });
    expect(activeReads()).toBe(readsBefore);
    await read(seeded, { start: 'oldest' });
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).toEqual(groupsBefore);
  });

  it('downloads the result as NDJSON or one JSON array', async () => {
    const nd = await open(seeded, {
      start: 'offset',
      partition: '0',
      offset: '0',
      max: '7',
      format: 'ndjson',
    }).res;
    expect(nd.headers.get('content-type')).toBe('application/x-ndjson');
    expect(nd.headers.get('content-disposition')).toBe(`attachment; filename="${seeded}-messages.ndjson"`);
    const ndText = await nd.text();
    const lines = ndText
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Values as JSON (decoded as the viewer shows them), not escaped strings.
    expect(lines.map((m) => m.value.n)).toEqual([0, 3, 6, 9, 12, 15, 18]); // partition 0 holds every third
    expect(lines[0]).toMatchObject({ partition: 0, offset: 0, valueEncoding: 'json' });
    expect(lines[0].time).toBe(new Date(lines[0].timestamp).toISOString());
    const js = await open(seeded, { start: 'newest', max: '3', format: 'json', tz: 'Asia/Seoul' }).res;
    const arr = (await js.json()) as { value: { n: number }; time: string }[];
    expect(arr.map((m) => m.value.n)).toEqual([29, 28, 27]);
    expect(arr[0]!.time).toMatch(/\+09:00$/);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const cases: [string, Record<string, string>, number, RegExp][] = [
      [uniqueName('missing'), {}, 404, /does not exist/],
      [seeded, { partition: '3' }, 400, /partitions 0 to 2; there is no partition 3/],
      [
        seeded,
        { start: 'offset', partition: '0', offset: '999' },
        400,
        /ends at offset 10.*999 is beyond it/,
      ],
      [seeded, { start: 'offset' }, 400, /needs an offset/],
      [seeded, { start: 'timestamp', ts: 'yesterday' }, 400, /not a timestamp/],
      [seeded, { filter: 'value.n >' }, 400, /not valid CEL/],
      [seeded, { filter: 'nosuchvar == 1' }, 400, /not valid CEL/],
      [seeded, { max: '10001' }, 400, /max must be from 1 to 10,000/],
      [seeded, { partition: '-1' }, 400, /whole number/],
    ];
    for (const [topic, query, status, message] of cases) {
      const res = await open(topic, query).res;
      const body = await res.json();
      expect([res.status, body.error?.message]).toEqual([status, expect.stringMatching(message)]);
    }
  });
});
