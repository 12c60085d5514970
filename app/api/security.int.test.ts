import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as topicsGet, POST as createTopic } from '@/app/api/clusters/[cluster]/topics/route';
import { GET as settingsGet } from '@/app/api/settings/route';
import * as topicConfigs from '@/app/api/clusters/[cluster]/topics/[topic]/configs/route';
import * as messages from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { acquireRead, READS_PER_USER, READS_TOTAL } from '@/lib/http/read-slots';
import { resetConnections } from '@/lib/kafka/base/client';
import { testKafka, uniqueName } from '@/test/kafka';

// Enforcement on the server: read-only mode, cross-site refusal and the audit log, checked on the route
// handlers themselves (the UI hiding buttons is a convenience, not the protection).

const admin = testKafka().admin();
const logFile = path.join(os.tmpdir(), `kafscope-audit-${process.pid}.log`);
const created: string[] = [];
const previousLog = process.env.KAFSCOPE_AUDIT_LOG;

beforeAll(async () => {
  await admin.connect();
  process.env.KAFSCOPE_AUDIT_LOG = logFile;
});
afterEach(() => {
  delete process.env.KAFSCOPE_READ_ONLY;
});
afterAll(async () => {
  process.env.KAFSCOPE_AUDIT_LOG = previousLog;
  fs.rmSync(logFile, { force: true });
  await admin.deleteTopics({ topics: created }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

const ctx = { params: Promise.resolve({}) };
function post(name: string, headers: Record<string, string> = {}) {
  return createTopic(
    new NextRequest('http://localhost:3000/api/topics', {
      method: 'POST',
      headers: { host: 'localhost:3000', 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name, partitions: 1, replicationFactor: 1 }),
    }),
    ctx,
  );
}
const exists = async (name: string) => (await admin.listTopics()).includes(name);
const auditLines = () =>
  fs.existsSync(logFile)
    ? fs
        .readFileSync(logFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];

describe('security of the API', () => {
  it('read-only mode: every change is a 403 and nothing changes; reads still work', async () => {
    process.env.KAFSCOPE_READ_ONLY = 'true';
    expect(await (await settingsGet(new NextRequest('http://localhost/api/settings'), ctx)).json()).toEqual({
      readOnly: true,
      auth: { mode: 'off', user: null },
      clusters: [{ name: 'default', readOnly: false, role: null }],
    });
    const name = uniqueName('ro');
    const res = await post(name);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/read-only mode/);
    expect(await exists(name)).toBe(false);
    expect((await topicsGet(new NextRequest('http://localhost/api/topics'), ctx)).status).toBe(200);
  });

  it('refuses changes sent by another site (Origin, Sec-Fetch-Site); accepts its own and tools without them', async () => {
    const evil = uniqueName('csrf');
    const r1 = await post(evil, { origin: 'https://evil.example' });
    expect(r1.status).toBe(403);
    expect((await r1.json()).error.message).toMatch(/Cross-site request refused/);
    expect((await post(evil, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await exists(evil)).toBe(false);

    const own = uniqueName('same');
    created.push(own);
    expect(
      (await post(own, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
    const tool = uniqueName('curl');
    created.push(tool);
    expect((await post(tool)).status).toBe(200);
  });

  it('writes one audit line per change: when, who, what, result', async () => {
    const name = uniqueName('audit');
    created.push(name);
    process.env.KAFSCOPE_TRUST_PROXY = 'true'; // the address counts only from a trusted proxy
    await post(name, { 'x-forwarded-for': '203.0.113.7' });
    delete process.env.KAFSCOPE_TRUST_PROXY;
    await post(name); // a second create: 409
    const lines = auditLines().filter((l) => l.action === 'POST /api/topics');
    const last2 = lines.slice(-2);
    expect(last2[0]).toMatchObject({
      status: 200,
      result: 'ok',
      who: { user: null, address: '203.0.113.7' },
    });
    expect(last2[1]).toMatchObject({
      status: 409,
      result: 'refused',
      error: expect.stringMatching(/already exists/),
    });
    expect(Date.parse(last2[0].time)).toBeGreaterThan(Date.now() - 60_000);
    // reads are not audited
    expect(auditLines().some((l) => String(l.action).startsWith('GET'))).toBe(false);
  });

  it('a bad read-only setting is a clear 503, not a crash', async () => {
    process.env.KAFSCOPE_READ_ONLY = 'maybe';
    const res = await post(uniqueName('bad'));
    expect(res.status).toBe(503);
    expect((await res.json()).error.message).toMatch(/KAFSCOPE_READ_ONLY/);
  });

  it('behind a trusted proxy the right-most X-Forwarded-For entry is the address; -Host counts only then', async () => {
    const name = uniqueName('xff');
    created.push(name);
    process.env.KAFSCOPE_TRUST_PROXY = 'true';
    // The client wrote "6.6.6.6"; our proxy appended the address it saw.
    await post(name, { 'x-forwarded-for': '6.6.6.6, 198.51.100.4' });
    delete process.env.KAFSCOPE_TRUST_PROXY;
    const line = auditLines()
      .filter((l) => l.action === 'POST /api/topics')
      .at(-1);
    expect(line.who.address).toBe('198.51.100.4');
    // Without a trusted proxy a client cannot make its Origin look like ours with X-Forwarded-Host.
    const forged = uniqueName('xfh');
    const r = await post(forged, { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' });
    expect(r.status).toBe(403);
    expect(await exists(forged)).toBe(false);
  });

  it('audit lines say what changed: the body of a create, config keys and values', async () => {
    const name = uniqueName('audit-what');
    created.push(name);
    await post(name);
    expect(
      auditLines()
        .filter((l) => l.action === 'POST /api/topics')
        .at(-1).changes,
    ).toMatchObject({ name, partitions: 1, replicationFactor: 1 });
    const res = await topicConfigs.PATCH(
      new NextRequest(`http://localhost:3000/api/topics/${name}/configs`, {
        method: 'PATCH',
        headers: { host: 'localhost:3000', 'content-type': 'application/json' },
        body: JSON.stringify({ set: { 'max.message.bytes': '2000000' }, reset: ['retention.ms'] }),
      }),
      { params: Promise.resolve({ topic: name }) },
    );
    expect(res.status).toBe(200);
    expect(auditLines().at(-1)).toMatchObject({
      action: `PATCH /api/topics/${name}/configs`,
      changes: { set: { 'max.message.bytes': '2000000' }, reset: ['retention.ms'] },
      status: 200,
    });
  });

  it(`message reads are capped: ${READS_TOTAL} at once over the server, ${READS_PER_USER} per user (429 beyond)`, async () => {
    const topic = uniqueName('reads');
    created.push(topic);
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    const take = (n: number, user: string | null) => Array.from({ length: n }, () => acquireRead(user));
    const releases = take(READS_PER_USER, 'vera');
    expect(() => acquireRead('vera')).toThrow(/You have 20 message reads open already/);
    const others = take(READS_TOTAL - READS_PER_USER - 1, null);
    // The last slot, taken by a live tail through the route (login off: only the total counts) ...
    const tail = new AbortController();
    const live = await messages.GET(
      new NextRequest(`http://localhost/api/topics/${topic}/messages?start=newest&follow=1`, {
        signal: tail.signal,
      }),
      { params: Promise.resolve({ topic }) },
    );
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store, no-transform');
    // ... so one more read is a 429, with the reason.
    const refused = await messages.GET(
      new NextRequest(`http://localhost/api/topics/${topic}/messages?start=newest`),
      { params: Promise.resolve({ topic }) },
    );
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/running 100 message reads already/);
    // Closing the tail gives its slot back.
    tail.abort();
    await live.body?.cancel().catch(() => {});
    await expect
      .poll(() => {
        try {
          acquireRead(null)();
          return true;
        } catch {
          return false;
        }
      })
      .toBe(true);
    for (const r of [...releases, ...others]) r();
  });
});
