import fc from 'fast-check';
import { proxy } from '@/proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import * as topics from '@/app/api/clusters/[cluster]/topics/route';
import * as topic from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import * as topicConfigs from '@/app/api/clusters/[cluster]/topics/[topic]/configs/route';
import * as consumers from '@/app/api/clusters/[cluster]/topics/[topic]/consumers/route';
import * as deleteRecords from '@/app/api/clusters/[cluster]/topics/[topic]/delete-records/route';
import * as messages from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import * as oneMessage from '@/app/api/clusters/[cluster]/topics/[topic]/messages/[partition]/[offset]/route';
import * as partitions from '@/app/api/clusters/[cluster]/topics/[topic]/partitions/route';
import * as produce from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import * as brokerConfigs from '@/app/api/clusters/[cluster]/brokers/[id]/configs/route';
import * as group from '@/app/api/clusters/[cluster]/groups/[group]/route';
import * as history from '@/app/api/clusters/[cluster]/groups/[group]/history/route';
import * as reset from '@/app/api/clusters/[cluster]/groups/[group]/reset-offsets/route';
import * as groupOffsets from '@/app/api/clusters/[cluster]/groups/[group]/offsets/route';
import * as subjects from '@/app/api/clusters/[cluster]/schemas/route';
import * as topicSchemas from '@/app/api/clusters/[cluster]/topics/[topic]/schemas/route';
import * as subject from '@/app/api/clusters/[cluster]/schemas/[subject]/route';
import { ensureTestRegistry } from '@/test/registry.mjs';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';

// Property-based fuzzing of every route's inputs against the real broker: names, numbers, offsets,
// timestamps, filters, JSON bodies, huge and unicode strings. Every answer must be 2xx or 4xx, errors in
// the { error: { code, message } } shape: never a 500 and never a hang. Counts are printed at the end.

const kafka = testKafka();
const admin = kafka.admin();
const fuzzTopic = uniqueName('fuzz');
const fuzzGroup = uniqueName('fuzz-group');
let tried = 0;
let before: string[] = [];
const statuses = new Map<number, number>();

beforeAll(async () => {
  await admin.connect();
  before = await admin.listTopics();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: fuzzTopic, numPartitions: 2 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: fuzzTopic,
    messages: Array.from({ length: 40 }, (_, i) => ({
      key: `k${i}`,
      value: JSON.stringify({ i, s: 'x'.repeat(i) }),
    })),
  });
  await producer.disconnect();
  await admin.setOffsets({
    groupId: fuzzGroup,
    topic: fuzzTopic,
    partitions: [{ partition: 0, offset: '3' }],
  });
});
afterAll(async () => {
  // Every topic that appeared during the run: the fuzz topic and any a random body created.
  const left = (await admin.listTopics()).filter((t) => !before.includes(t));
  await admin.deleteTopics({ topics: left }).catch(() => {});
  await admin.deleteGroups([fuzzGroup]).catch(() => {});
  await admin.disconnect();
  await resetConnections();
  console.log(
    `fuzz: ${tried} inputs tried; answers by status: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
});

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Call a handler as Next would, then check the answer's status and shape; streams are read to their end. */
async function check(
  handler: Handler,
  params: Record<string, string>,
  init: { method?: string; query?: Record<string, string>; body?: string } = {},
) {
  tried++;
  const qs = init.query ? `?${new URLSearchParams(init.query)}` : '';
  const controller = new AbortController();
  const res = await handler(
    new NextRequest(`http://localhost/api/fuzz${qs}`, {
      method: init.method ?? 'GET',
      body: init.body,
      signal: controller.signal,
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    }),
    { params: Promise.resolve(params) },
  );
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const where = `${init.method ?? 'GET'} ${JSON.stringify(params)} ${qs.slice(0, 200)} ${init.body?.slice(0, 200) ?? ''}`;
  expect(res.status, where).toBeLessThan(500);
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream')) {
    // A bounded read: the stream must end (done or error event) and never report an internal error.
    const text = await Promise.race([
      res.text(),
      new Promise<string>((ok) =>
        setTimeout(() => {
          controller.abort();
          ok('timeout');
        }, 15_000),
      ),
    ]);
    expect(text, where).not.toBe('timeout');
    expect(text, where).not.toContain('"code":"internal"');
    return;
  }
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (res.status >= 400)
    expect(body, where).toMatchObject({
      error: { code: expect.any(String), message: expect.stringMatching(/\S/) },
    });
}

// Inputs people and tools send by mistake, and attackers on purpose.
const nasty = fc.constantFrom(
  '',
  ' ',
  '.',
  '..',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '__consumer_offsets',
  '\u0000',
  '💥🔥',
  'a'.repeat(250),
  'x'.repeat(20_000),
  '-1',
  '9007199254740993',
  '1e309',
  'NaN',
  '0x10',
  'null',
  '{}',
);
const str = fc.oneof(
  nasty,
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 3 }),
);
const num = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 2, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE),
);
const numStr = fc.oneof(num.map(String), str);
/** A JSON number field as clients get it wrong: numbers, numeric strings, booleans, null, text. */
const numField = fc.oneof(
  { weight: 3, arbitrary: num },
  { weight: 1, arbitrary: num.map(String) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, '2', '1', [], {}) },
  { weight: 1, arbitrary: str },
);
const topicName = fc.oneof({ weight: 2, arbitrary: fc.constant(fuzzTopic) }, { weight: 3, arbitrary: str });
const groupId = fc.oneof(fc.constant(fuzzGroup), str);
/** A JSON body: structured like the real one with wrong parts, any JSON, or not JSON at all. */
const body = (shape: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: shape.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: str },
  );
const runs = { numRuns: 200 };

describe('fuzzing every API route: never a 500', () => {
  it('topic reads', async () => {
    await fc.assert(
      fc.asyncProperty(topicName, async (t) => {
        await check(topic.GET, { topic: t });
        await check(topicConfigs.GET, { topic: t });
        await check(consumers.GET, { topic: t });
        await check(topicSchemas.GET as Handler, { topic: t });
      }),
      runs,
    );
  });

  it('message reads: positions, offsets, timestamps, filters, decodings', async () => {
    const bigList = `[${Array.from({ length: 30 }, (_, i) => i).join(',')}]`;
    const query = fc.record(
      {
        start: fc.oneof(fc.constantFrom('oldest', 'newest', 'offset', 'timestamp'), str),
        partition: numStr,
        offset: numStr,
        ts: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          numStr,
        ),
        max: numStr,
        filter: fc.oneof(
          fc.constantFrom(
            'value.i > 3',
            'key == "k1"',
            'value.s.size() > 10 && partition == 1',
            'offset + 1',
            'has(value.nope)',
            '1 / 0 == 1',
            'value.i.matches("(a+)+$")',
            'headers["x"] == "y"',
            'timestamp > 0',
            // pathological: catastrophic backtracking, and ~7e8 steps of nested macros per message
            'value.s.matches("^(x+)+y$")',
            'value.s.matches("^(x|xx)+$") || key.matches("(.*a){20}")',
            `${bigList}.all(a, ${bigList}.all(b, ${bigList}.all(c, ${bigList}.all(d, ${bigList}.all(e, ${bigList}.all(f, a + b + c + d + e + f >= 0))))))`,
          ),
          str,
        ),
        q: str,
        keyAs: fc.oneof(fc.constantFrom('auto', 'json', 'text', 'msgpack', 'binary'), str),
        valueAs: fc.oneof(fc.constantFrom('auto', 'json', 'text', 'msgpack', 'binary'), str),
        format: fc.constantFrom('sse', 'json', 'ndjson', 'xml'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(topicName, query, async (t, q) =>
        check(messages.GET, { topic: t }, { query: q as Record<string, string> }),
      ),
      runs,
    );
    await fc.assert(
      fc.asyncProperty(topicName, numStr, numStr, async (t, p, o) =>
        check(oneMessage.GET, { topic: t, partition: p, offset: o }),
      ),
      runs,
    );
  });

  it('topic changes: create, configs, partitions, delete records, delete', async () => {
    const create = fc.record(
      {
        name: fc.oneof(
          str,
          str.map((s) => `fuzzc.${s}`),
        ),
        partitions: numField,
        replicationFactor: numField,
        configs: fc.dictionary(str, fc.oneof(str, num)),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body(create), async (b) => check(topics.POST, {}, { method: 'POST', body: b })),
      runs,
    );
    const alter = fc.record(
      {
        set: fc.dictionary(
          fc.oneof(
            fc.constantFrom('retention.ms', 'cleanup.policy', 'max.message.bytes', 'segment.bytes'),
            str,
          ),
          fc.oneof(str, num),
        ),
        reset: fc.array(str, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(topicName, body(alter), async (t, b) =>
        check(topicConfigs.PATCH, { topic: t }, { method: 'PATCH', body: b }),
      ),
      runs,
    );
    // Adding partitions for real would grow the test topic without end: only names that do not exist, or
    // counts that cannot be valid.
    await fc.assert(
      fc.asyncProperty(
        str,
        body(
          fc.record(
            { count: fc.oneof(fc.integer({ max: 2 }), fc.double(), str, numField) },
            { requiredKeys: [] },
          ),
        ),
        async (t, b) => check(partitions.POST, { topic: `fuzz-none.${t}` }, { method: 'POST', body: b }),
      ),
      runs,
    );
    const del = fc.record({ partition: num, before: num }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(topicName, body(del), async (t, b) =>
        check(deleteRecords.POST, { topic: t }, { method: 'POST', body: b }),
      ),
      runs,
    );
    await fc.assert(
      fc.asyncProperty(str, async (t) =>
        check(topic.DELETE, { topic: `fuzz-none.${t}` }, { method: 'DELETE' }),
      ),
      runs,
    );
  });

  it('produce', async () => {
    const part = fc.oneof(fc.constant(null), num);
    const produceBody = fc.record(
      {
        partition: part,
        key: fc.oneof(
          fc.record(
            { type: fc.constantFrom('none', 'text', 'json', 'other'), text: str },
            { requiredKeys: ['type'] },
          ),
          str,
        ),
        value: fc.oneof(
          fc.record(
            { type: fc.constantFrom('json', 'text', 'base64', 'tombstone', 'other'), text: str },
            { requiredKeys: ['type'] },
          ),
          str,
        ),
        headers: fc.array(fc.record({ key: str, value: str }, { requiredKeys: [] }), { maxLength: 4 }),
        compression: fc.oneof(fc.constantFrom('none', 'gzip', 'snappy', 'lz4', 'zstd'), str),
        count: fc.oneof(fc.integer({ min: -2, max: 5 }), num),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(topicName, body(produceBody), async (t, b) =>
        check(produce.POST, { topic: t }, { method: 'POST', body: b }),
      ),
      runs,
    );
  });

  it('groups: detail, history, reset previews and changes, deletes', async () => {
    await fc.assert(
      fc.asyncProperty(groupId, async (g) => {
        await check(group.GET, { group: g });
        await check(history.GET, { group: g });
      }),
      runs,
    );
    const resetBody = fc.record(
      {
        topic: fc.oneof(fc.constant(fuzzTopic), str),
        partitions: fc.array(num, { maxLength: 3 }),
        to: fc.oneof(fc.constantFrom('earliest', 'latest', 'timestamp', 'offset', 'shift'), str),
        timestamp: num,
        offset: num,
        shift: num,
        apply: fc.oneof(fc.boolean(), str),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(groupId, body(resetBody), async (g, b) =>
        check(reset.POST, { group: g }, { method: 'POST', body: b }),
      ),
      runs,
    );
    await fc.assert(
      fc.asyncProperty(str, str, async (g, t) =>
        check(groupOffsets.DELETE, { group: `fuzz-none.${g}` }, { method: 'DELETE', query: { topic: t } }),
      ),
      runs,
    );
    await fc.assert(
      fc.asyncProperty(str, async (g) =>
        check(group.DELETE, { group: `fuzz-none.${g}` }, { method: 'DELETE' }),
      ),
      runs,
    );
  });

  it('schema subjects: any name is a 2xx or a 4xx from a real registry, never a 500', async () => {
    process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = await ensureTestRegistry();
    try {
      await check(subjects.GET as Handler, {});
      await fc.assert(
        fc.asyncProperty(str, async (name) => check(subject.GET as Handler, { subject: name })),
        { numRuns: 60 },
      );
    } finally {
      delete process.env.KAFSCOPE_SCHEMA_REGISTRY_URL;
    }
  }, 120_000);

  it('broker configs (reads of any id; changes only on brokers that do not exist)', async () => {
    await fc.assert(
      fc.asyncProperty(numStr, async (id) => check(brokerConfigs.GET, { id })),
      runs,
    );
    const alter = fc.record(
      { set: fc.dictionary(str, fc.oneof(str, num)), reset: fc.array(str) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2 }), body(alter), async (id, b) =>
        check(brokerConfigs.PATCH, { id: String(id) }, { method: 'PATCH', body: b }),
      ),
      runs,
    );
  });

  it('paths with malformed percent-escapes: a 400 naming the segment on the API, the not-found page otherwise', () => {
    const escape = fc.oneof(
      fc.constantFrom('%', '%F', '%FF', '%zz', '%C0%AE', '%E0%A4%A', '%ED%A0%80', '%%', '100%'),
      fc.string({ maxLength: 6 }).map((x) => `%${x}`),
    );
    const segment = fc.oneof(escape, fc.constantFrom('topics', 'groups', fuzzTopic, 'x'));
    fc.assert(
      fc.property(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), (api, segs) => {
        tried++;
        const path = `${api ? '/api/' : '/'}${segs.join('/')}`;
        // What the server sees: a "#" starts the fragment, which never reaches it ("/%00#/%" is "/%00").
        const pathname = new URL(path, 'http://127.0.0.1:3000').pathname;
        let decodable = true;
        try {
          for (const s of pathname.split('/')) decodeURIComponent(s);
        } catch {
          decodable = false;
        }
        const res = proxy(
          new NextRequest(`http://127.0.0.1:3000${path}`, { headers: { host: '127.0.0.1:3000' } }),
        );
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (decodable) expect([path, res.status]).toEqual([path, 200]);
        else if (api)
          expect([path, res.status, res.headers.get('content-type')]).toEqual([
            path,
            400,
            'application/json',
          ]);
        else
          expect([
            path,
            res.status,
            res.headers.get('x-middleware-rewrite')?.endsWith('/_kafscope/not-found'),
          ]).toEqual([path, 404, true]);
      }),
      { numRuns: 500 },
    );
  });
});
