import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { TEST_BROKERS, TEST_B_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

// Several clusters in one console (issue 19), against the third server of playwright.config.ts: dev (the
// test broker), staging (a second real broker) and gone (nothing listens), from e2e/fixtures/clusters.yaml;
// editors only read staging and viewers do not see it. Sessions come from the sign-in server (port + 1):
// both instances have the same session secret.

const PORT = Number(process.env.E2E_PORT ?? 3100);
const AUTH_URL = `http://127.0.0.1:${PORT + 1}`;
test.use({ baseURL: `http://127.0.0.1:${PORT + 2}` });

const topic = `e2e.same-name-${Date.now()}`;
const admins: Admin[] = [];
const connect = async (brokers: string) => {
  const a = new Kafka({ clientId: 'kafscope-e2e', brokers: [brokers], logLevel: logLevel.NOTHING }).admin();
  await a.connect();
  admins.push(a);
  return a;
};

test.beforeAll(async () => {
  const [dev, staging] = [await connect(TEST_BROKERS), await connect(TEST_B_BROKERS)];
  await dev.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }] });
  await staging.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 4 }] });
});
test.afterAll(async () => {
  for (const a of admins) {
    await a.deleteTopics({ topics: [topic] }).catch(() => {});
    await a.disconnect();
  }
});

/** A session made by the sign-in server (another instance), put into this browser context. */
async function signedInElsewhere(page: Page, request: APIRequestContext, role: 'viewer' | 'editor') {
  const r = await request.post(`${AUTH_URL}/api/auth/login`, {
    data: { username: `e2e-${role}`, password: `${role}-password-e2e` },
  });
  expect(r.status()).toBe(200);
  const cookie = (await request.storageState()).cookies.find((c) => c.name === 'kafscope_session');
  expect(cookie).toBeDefined();
  await page
    .context()
    .addCookies([{ name: cookie!.name, value: cookie!.value, url: `http://127.0.0.1:${PORT + 2}` }]);
}

test('a session from another instance with the same secret is accepted; each role sees its clusters', async ({
  page,
  request,
}) => {
  await signedInElsewhere(page, request, 'editor');
  const settings = await (await page.request.get('/api/settings')).json();
  expect(settings.auth.user).toEqual({ username: 'e2e-editor', role: 'editor' });
  expect(settings.clusters).toEqual([
    { name: 'dev', readOnly: false, role: 'editor' },
    { name: 'staging', readOnly: false, role: 'viewer' },
    { name: 'gone', readOnly: false, role: 'editor' },
  ]);
  // Editors only read staging: the server refuses a change there, and says why.
  const refused = await page.request.post('/api/clusters/staging/topics', {
    data: { name: 'e2e.never', partitions: 1, replicationFactor: 1 },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe('Your role (viewer) cannot do this: it needs editor.');
});

test('a viewer does not see staging: not listed, and its pages and API are a 404', async ({
  page,
  request,
}) => {
  await signedInElsewhere(page, request, 'viewer');
  const settings = await (await page.request.get('/api/settings')).json();
  expect(settings.clusters.map((c: { name: string }) => c.name)).toEqual(['dev', 'gone']);
  expect((await page.request.get('/api/clusters/staging/topics')).status()).toBe(404);
  expect((await page.goto('/c/staging/topics'))!.status()).toBe(404);
});

test('the clusters home shows both clusters up and the one nobody answers for as down (screenshots)', async ({
  page,
  request,
}) => {
  await signedInElsewhere(page, request, 'editor');
  await page.goto('/');
  const card = (name: string) => page.getByTestId(`cluster-${name}`);
  await expect(card('dev').getByTestId('cluster-state')).toContainText('Healthy');
  await expect(card('staging').getByTestId('cluster-state')).toContainText('Healthy');
  await expect(card('staging').getByTestId('cluster-state')).toContainText('Your role: viewer');
  await expect(card('gone').getByTestId('cluster-state')).toContainText('Down');
  await expect(card('gone').getByTestId('cluster-reason')).toContainText('127.0.0.1:9');
  // The topic counts are each cluster's own (the same name on both counts once on each).
  const topics = async (c: string) => Number(await card(c).getByTestId('fact-topics').textContent());
  const direct = async (a: Admin) => (await a.listTopics()).filter((t) => !t.startsWith('__')).length;
  expect(await topics('staging')).toBe(await direct(admins[1]!));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await docShot(page, `clusters-home-${scheme}.png`);
  }
});

test('the same topic name on two clusters is never confused; the switcher keeps the section (screenshots)', async ({
  page,
  request,
}) => {
  await signedInElsewhere(page, request, 'editor');
  await page.goto(`/c/dev/topics/${topic}`);
  await expect(page.getByTestId('partitions-table').getByRole('row')).toHaveCount(3); // header + 2
  await page.locator('html[data-hydrated]').waitFor();

  const switcher = page.getByRole('combobox', { name: 'Cluster' });
  await expect(switcher).toHaveValue('dev');
  await switcher.selectOption('staging');
  await expect(page).toHaveURL(/\/c\/staging\/topics$/);
  await expect(page.getByRole('link', { name: topic })).toBeVisible();
  // An editor only reads staging: no create button there (and the server refuses it, above).
  await expect(page.getByRole('button', { name: 'Create topic' })).toHaveCount(0);
  await page.getByRole('link', { name: topic }).click();
  await expect(page).toHaveURL(new RegExp(`/c/staging/topics/${topic.replaceAll('.', '\\.')}$`));
  await expect(page.getByTestId('partitions-table').getByRole('row')).toHaveCount(5); // header + 4
  await docShot(page, 'clusters-switcher.png');

  // Back on dev, the editor may change things again.
  await switcher.selectOption('dev');
  await expect(page).toHaveURL(/\/c\/dev\/topics$/);
  await expect(page.getByRole('button', { name: 'Create topic' })).toBeVisible();
});
