import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { TEST_BROKERS } from '../test/broker.mjs';

// What a visitor without a session gets from every page of the console (the login-on server of
// playwright.config.ts), and what any page on another site gets by naming us in Host (DNS rebinding).

const PORT = Number(process.env.E2E_PORT ?? 3100);
const AUTH_PORT = PORT + 1;
const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const stamp = Date.now();
const topic = `e2e.secret-topic-${stamp}`;
const group = `e2e-secret-group-${stamp}`;

test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '0' }] });
});
test.afterAll(async () => {
  await admin.deleteGroups([group]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

/** Every page of the console, from the files under app/(console), with real names in its brackets. */
function consolePages(): string[] {
  const root = path.resolve('app/(console)');
  const fill: Record<string, string> = {
    '[topic]': topic,
    '[group]': group,
    '[id]': '1',
    '[cluster]': 'default',
    '[...legacy]': 'topics',
    '[subject]': 'demo.payments-avro-value', // the e2e seed registers it (scripts/demo-registry.mjs)
  };
  const out: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        const seg = fill[e.name];
        if (e.name.startsWith('[') && !seg) throw new Error(`no value for ${e.name}: add it to this test`);
        walk(path.join(dir, e.name), `${url}/${seg ?? e.name}`);
      } else if (e.name === 'page.tsx') out.push(url || '/');
    }
  };
  walk(root, '');
  return out;
}

/** A raw request (Playwright's client would fix up Host). */
function get(port: number, p: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: p, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

test('no page sends cluster data to a visitor who has not signed in, as HTML or as an RSC payload', async () => {
  const pages = consolePages();
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/topics', // the old single-cluster address: a redirect
      '/c/default/topics',
      `/c/default/topics/${topic}`,
      `/c/default/groups/${group}`,
      '/c/default/brokers/1',
    ]),
  );
  const secrets = [topic, group, 'demo.orders', 'demo-billing', '127.0.0.1:9192', 'demo.Payment', '8181'];
  for (const p of pages)
    for (const headers of [{}, { RSC: '1' }, { RSC: '1', Host: `localhost:${AUTH_PORT}` }] as Record<
      string,
      string
    >[]) {
      const r = await get(AUTH_PORT, p, headers);
      // (an RSC request without the router's state may be redirected to the page itself; an old address
      // is redirected to its cluster's)
      expect([p, headers, [200, 307, 308].includes(r.status)]).toEqual([p, headers, true]);
      // A name in the URL is echoed back (the router's tree carries the path): not a leak.
      for (const s of secrets.filter((x) => !p.includes(x)))
        expect([p, s, r.body.includes(s)]).toEqual([p, s, false]);
    }
  // Nor can a visitor tell an existing topic, group or broker from a missing one.
  for (const [real, missing] of [
    [`/c/default/topics/${topic}`, `/c/default/topics/e2e.no-such-topic-${stamp}`],
    [`/c/default/groups/${group}`, `/c/default/groups/e2e-no-such-group-${stamp}`],
    ['/c/default/brokers/1', '/c/default/brokers/99'],
    ['/c/default/schemas/demo.payments-avro-value', `/c/default/schemas/e2e-no-such-subject-${stamp}`],
    ['/c/default/topics', '/c/no-such-cluster/topics'],
  ] as const) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const [a, b] = [await get(AUTH_PORT, real, headers), await get(AUTH_PORT, missing, headers)];
      expect([real, a.status]).toEqual([real, b.status]);
    }
  }
});

test('only this machine’s names are answered: another Host gets a 403 (DNS rebinding), pages and API', async () => {
  for (const p of [
    '/c/default',
    '/c/default/topics',
    '/api/clusters/default/topics',
    '/api/clusters/default/health',
  ]) {
    const evil = await get(PORT, p, { Host: 'rebind.evil.example:3100' });
    expect([p, evil.status]).toEqual([p, 403]);
    expect(evil.body).toMatch(/does not answer to the host \\?"rebind\.evil\.example:3100/);
    expect(evil.body).not.toContain('demo.orders');
    expect([p, (await get(PORT, p, { Host: `localhost:${PORT}` })).status]).toEqual([p, 200]);
  }
  const api = JSON.parse(
    (await get(PORT, '/api/clusters/default/topics', { Host: 'rebind.evil.example' })).body,
  );
  expect(api.error.code).toBe('forbidden');
});
