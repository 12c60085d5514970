import { expect, test } from '@playwright/test';
import { OverviewPage } from './pages/overview-page';
import { startTestBroker, stopTestBroker, TEST_BROKERS } from '../test/broker.mjs';

test('stopping the broker shows the banner; starting it again clears it without a reload', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const overview = new OverviewPage(page);
  await overview.goto();
  await overview.expectBroker(TEST_BROKERS);
  await expect(overview.banner).toHaveCount(0);

  await stopTestBroker();
  try {
    await expect(overview.banner).toBeVisible({ timeout: 30_000 });
    await expect(overview.banner).toContainText('Kafka cluster unreachable');
    // The API says 503 in the error shape, and the server is still up.
    const res = await request.get('/api/clusters/default/cluster');
    expect(res.status()).toBe(503);
    expect((await res.json()).error.code).toMatch(/broker_unavailable|timeout/);
  } finally {
    await startTestBroker();
  }

  await expect(overview.banner).toHaveCount(0, { timeout: 60_000 });
  await overview.expectBroker(TEST_BROKERS);
  const res = await request.get('/api/clusters/default/health');
  expect(res.status()).toBe(200);
});
