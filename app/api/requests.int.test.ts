import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import * as topics from '@/app/api/clusters/[cluster]/topics/route';
import * as produce from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import * as unknown from '@/app/api/[...path]/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';

// What the API answers to requests independent clients sent: wrong body types, wrong content types, a
// foreign Referer, unknown paths, and Kafka's refusals worded once.

const admin = testKafka().admin();
const created: string[] = [];
beforeAll(() => admin.connect());
afterAll(async () => {
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

const ctx = (params: Record<string, string | string[]> = {}) => ({ params: Promise.resolve(params) });
function create(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return topics.POST(
    new NextRequest('http://localhost/api/topics', { method: 'POST', headers, body }),
    ctx(),
  );
}
const exists = async (name: string) => (await admin.listTopics()).includes(name);

describe('requests as other clients send them', () => {
  it('wrong JSON types are a 400 naming the field, and nothing is created', async () => {
    for (const [field, value] of [
      ['partitions', true],
      ['partitions', '2'],
      ['replicationFactor', '1'],
      ['partitions', null],
    ] as const) {
      const name = uniqueName('types');
      const r = await create(JSON.stringify({ name, partitions: 1, replicationFactor: 1, [field]: value }));
      expect([field, value, r.status]).toEqual([field, value, 400]);
      expect((await r.json()).error.message).toContain(field);
      expect(await exists(name)).toBe(false);
    }
  });

  it('a body that is not sent as JSON is a 415; an empty one needs no type', async () => {
    const name = uniqueName('ctype');
    const body = JSON.stringify({ name, partitions: 1, replicationFactor: 1 });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const r = await create(body, { 'content-type': type });
      expect([type, r.status]).toEqual([type, 415]);
      expect((await r.json()).error).toMatchObject({
        code: 'unsupported_media_type',
        message: expect.stringContaining('Content-Type: application/json'),
      });
    }
    expect((await create(body, {})).status).toBe(415);
    expect(await exists(name)).toBe(false);
    created.push(name);
    expect((await create(body, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('a change with a foreign Referer and no Origin is refused like a foreign Origin', async () => {
    const name = uniqueName('referer');
    const body = JSON.stringify({ name, partitions: 1, replicationFactor: 1 });
    const r = await create(body, {
      'content-type': 'application/json',
      host: 'localhost:3000',
      referer: 'https://evil.example/page',
    });
    expect(r.status).toBe(403);
    expect(await exists(name)).toBe(false);
    created.push(name);
    const own = await create(body, {
      'content-type': 'application/json',
      host: 'localhost:3000',
      referer: 'http://localhost:3000/topics',
    });
    expect(own.status).toBe(200);
  });

  it('unknown API paths answer a JSON 404, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const r = await unknown[method](new NextRequest('http://localhost/api/nope/x', { method }));
      expect(r.status).toBe(404);
      expect(await r.json()).toEqual({
        error: { code: 'not_found', message: `There is no API route ${method} /api/nope/x.` },
      });
    }
  });

  it('Kafka’s refusal is said once, not "Kafka refused: Kafka refused: ..."', async () => {
    const topic = uniqueName('refused');
    created.push(topic);
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '900' }] }],
    });
    const r = await produce.POST(
      new NextRequest(`http://localhost/api/topics/${topic}/produce`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ value: { type: 'text', text: 'x'.repeat(2000) } }),
      }),
      ctx({ topic }),
    );
    expect(r.status).toBe(422);
    const message: string = (await r.json()).error.message;
    expect(message).toMatch(/^Kafka refused: /);
    expect(message.match(/Kafka refused/g)).toHaveLength(1);
  });
});
