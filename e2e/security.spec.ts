import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { MessagesPage } from './pages/messages-page';
import { TEST_BROKERS } from '../test/broker.mjs';

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topic = `e2e.xss-${Date.now()}`;
const SCRIPT = '<script>window.__xss = 1</script>';
const IMG = '<img src=x onerror="window.__xss = 2">';

test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    messages: [
      { key: SCRIPT, value: IMG, headers: { [IMG]: SCRIPT } },
      { key: IMG, value: JSON.stringify({ html: SCRIPT, [IMG]: IMG }) },
    ],
  });
  await producer.disconnect();
});
test.afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

test('keys, values and headers carrying <script> and <img onerror> render as text, never run', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const viewer = new MessagesPage(page);
  await viewer.goto(topic);
  await expect(viewer.rows).toHaveCount(2);
  for (const row of await viewer.rows.all()) await row.getByRole('button').first().click();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();
  await expect(page.getByText(IMG).first()).toBeVisible();
  // Nothing the messages carry became markup, and nothing ran.
  expect(await viewer.list.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('pages carry the security headers (CSP, no framing, nosniff, referrer policy)', async ({ request }) => {
  for (const path of ['/', '/api/clusters/default/health']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain("object-src 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe-eval');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('same-origin');
    expect(h['strict-transport-security']).toBe('max-age=31536000');
  }
});

test('a cross-site change is refused; the same change from Kafscope itself is not', async ({
  request,
  baseURL,
}) => {
  const name = `e2e.csrf-${Date.now()}`;
  const evil = await request.post('/api/clusters/default/topics', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: { name, partitions: 1, replicationFactor: 1 },
  });
  expect(evil.status()).toBe(403);
  expect((await admin.listTopics()).includes(name)).toBe(false);
  const own = await request.post('/api/clusters/default/topics', {
    headers: { origin: baseURL!, 'content-type': 'application/json' },
    data: { name, partitions: 1, replicationFactor: 1 },
  });
  expect(own.status()).toBe(200);
  await admin.deleteTopics({ topics: [name] });
});

test('a consumer group id carrying <img onerror> renders as text in the list and on its page', async ({
  page,
}) => {
  // Topic names cannot carry markup (Kafka allows only letters, digits, . _ -); group ids can carry anything.
  const groupId = `e2e-xss-${Date.now()}<img src=x onerror="window.__xss = 3">`;
  await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '1' }] });
  try {
    await page.goto(`/groups?q=${encodeURIComponent('e2e-xss-')}`);
    await expect(page.getByText(groupId).first()).toBeVisible();
    await page.goto(`/groups/${encodeURIComponent(groupId)}`);
    await expect(page.getByRole('heading', { name: groupId })).toBeVisible();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  } finally {
    await admin.deleteGroups([groupId]).catch(() => {});
  }
});

test('with login off (KAFSCOPE_AUTH=off), every page says so', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-off-warning')).toHaveText(
    /Login is off \(KAFSCOPE_AUTH=off\): anyone who can open this page can read and change the cluster\./,
  );
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
});
