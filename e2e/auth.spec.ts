import { expect, test, type Page } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

// Console login, in the browser, against the second server of playwright.config.ts (login on, the users of
// e2e/fixtures/users.json). The server enforces roles (app/api/auth.int.test.ts); here: what each role sees.

const AUTH_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
test.use({ baseURL: `http://127.0.0.1:${AUTH_PORT}` });

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topic = `e2e.auth-${Date.now()}`;

test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
});
test.afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

const form = (page: Page) => page.getByRole('form', { name: 'Sign in' });
async function signIn(page: Page, role: 'viewer' | 'editor' | 'admin', password = `${role}-password-e2e`) {
  await page.getByLabel('User name').fill(`e2e-${role}`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('nothing of the console shows before sign-in; a wrong password says so (screenshots)', async ({
  page,
}) => {
  await page.goto(`/topics/${topic}`);
  await expect(form(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  // The server sent no cluster data with the sign-in screen.
  expect(await page.content()).not.toContain('demo.orders');
  await signIn(page, 'viewer', 'not-the-password');
  await expect(form(page).getByRole('alert')).toHaveText('Wrong user name or password.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await docShot(page, `login-${scheme}.png`);
  }
});

test('a viewer sees the page asked for, reads, and is offered no change', async ({ page, context }) => {
  await page.goto(`/topics/${topic}`);
  await signIn(page, 'viewer');
  // Same URL, now the topic page.
  await expect(page.getByRole('heading', { name: topic })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.replace(/\./g, '\\.')}$`));
  await expect(page.getByTestId('user-menu')).toContainText('e2e-viewer');
  await expect(page.getByTestId('user-menu')).toContainText('viewer');
  await expect(page.getByRole('button', { name: 'Add partitions' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete topic' })).toHaveCount(0);
  await expect(page.getByTestId('login-off-warning')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/signed-in-viewer.png' });

  const cookie = (await context.cookies()).find((c) => c.name === 'kafscope_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  // The page's own script cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('kafscope_session');

  await page.goto('/topics');
  await expect(page.getByRole('link', { name: topic })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create topic' })).toHaveCount(0);
  await page.goto(`/produce?topic=${encodeURIComponent(topic)}`);
  await expect(page.getByText('Producing messages needs the editor role')).toBeVisible();

  // The server refuses what the UI hides.
  const r = await page.request.post(`/api/clusters/default/topics/${topic}/produce`, {
    data: { value: { type: 'text', text: 'x' } },
  });
  expect(r.status()).toBe(403);
  const offsets = await admin.fetchTopicOffsets(topic);
  expect(offsets[0]!.high).toBe('0');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(form(page)).toBeVisible();
  expect((await page.request.get('/api/clusters/default/topics')).status()).toBe(401);
});

test('an editor may add partitions but not delete; an admin may delete', async ({ page }) => {
  await page.goto(`/topics/${topic}`);
  await signIn(page, 'editor');
  await expect(page.getByRole('button', { name: 'Add partitions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete topic' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'admin');
  await expect(page.getByRole('button', { name: 'Delete topic' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText('e2e-admin');
});

test('single sign-on: the provider signs in, its groups give the role; no group, no access', async ({
  page,
  browser,
}) => {
  await page.goto(`/topics/${topic}`);
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  // oidc-provider's development sign-in page: any name, any password
  await page.locator('input[name="login"]').fill('sso-viewer');
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  // Back on the page asked for, signed in with the role from the groups claim.
  await expect(page.getByRole('heading', { name: topic })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.replace(/\./g, '\\.')}$`));
  await expect(page.getByTestId('user-menu')).toContainText('sso-viewer');
  await expect(page.getByTestId('user-menu')).toContainText('viewer');
  await expect(page.getByRole('button', { name: 'Add partitions' })).toHaveCount(0);
  expect(
    (
      await page.request.post(`/api/clusters/default/topics/${topic}/produce`, {
        data: { value: { type: 'text', text: 'x' } },
      })
    ).status(),
  ).toBe(403);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // An account without a Kafscope group is refused and told why (a new browser: no provider session).
  const other = await browser.newContext({ baseURL: `http://127.0.0.1:${AUTH_PORT}` });
  const p2 = await other.newPage();
  await p2.goto('/');
  await p2.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await p2.locator('input[name="login"]').fill('sso-nobody');
  await p2.locator('input[name="password"]').fill('any');
  await p2.locator('button[type="submit"]').click();
  await expect(form(p2)).toBeVisible();
  await expect(form(p2).getByRole('alert')).toContainText('has no Kafscope role');
  expect((await other.cookies()).some((c) => c.name === 'kafscope_session')).toBe(false);
  await other.close();
});
