import { expect, test } from '@playwright/test';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

test('the overview shows the real broker, the controller and the demo topics (screenshots)', async ({
  page,
}) => {
  const overview = new OverviewPage(page);
  await overview.goto();
  await overview.expectBroker(TEST_BROKERS);
  await expect(page.getByTestId('controller')).toHaveText('broker 1');
  await expect(page.getByTestId('cluster-id')).toHaveText(/^[A-Za-z0-9_-]{22}$/);
  await expect(overview.stat('brokers')).toHaveText('1');
  // The seed creates 4 demo topics with 14 partitions; other tests may add more.
  expect(Number(await overview.stat('topics').textContent())).toBeGreaterThanOrEqual(4);
  expect(
    Number((await overview.stat('partitions').textContent())?.replaceAll(',', '')),
  ).toBeGreaterThanOrEqual(14);
  await expect(page.getByText('Healthy')).toBeVisible();
  // The test registry (e2e/global-setup.ts) answers, with the demo's subjects at least.
  await expect(page.getByTestId('registry-status')).toHaveText(/^reachable \d+ subjects$/);
  await expect(overview.banner).toHaveCount(0);

  // README screenshots, light and dark.
  await overview.setTheme('light');
  await overview.expectBroker(TEST_BROKERS);
  await docShot(page, 'overview-light.png');
  await overview.setTheme('dark');
  await overview.expectBroker(TEST_BROKERS);
  await docShot(page, 'overview-dark.png');
});

test('the brokers view lists every broker with its role', async ({ page }) => {
  await page.goto('/brokers');
  await expect(page.getByRole('heading', { name: 'Brokers' })).toBeVisible();
  const row = page.getByTestId('brokers-table').getByRole('row', { name: new RegExp(TEST_BROKERS) });
  await expect(row).toContainText('active controller');
});

test('an unknown address shows a 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
