import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS, kafkaTool, spawnKafkaTool } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';
import { seedTopic } from '../test/kafka';

// A share group as Kafka's own console share consumer makes it, seen in the browser: the list, then the
// group with its member and its share-partitions.
const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topic = `e2e.jobs-${Date.now()}`;
const group = `e2e-workers-${Date.now()}`;
const bootstrap = ['--bootstrap-server', TEST_BROKERS];
let consumer: ChildProcess | undefined;

test.beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 3, count: 30, value: (i) => `job ${i}` });
  await kafkaTool('org.apache.kafka.tools.ConfigCommand', [
    ...bootstrap,
    ...['--alter', '--entity-type', 'groups', '--entity-name', group],
    ...['--add-config', 'share.auto.offset.reset=earliest'],
  ]);
  consumer = spawnKafkaTool('org.apache.kafka.tools.consumer.ConsoleShareConsumer', [
    ...bootstrap,
    ...['--topic', topic, '--group', group],
  ]);
});
test.afterAll(async () => {
  if (consumer && consumer.exitCode === null) {
    const exited = new Promise((r) => consumer!.once('exit', r));
    consumer.kill('SIGTERM');
    await exited;
  }
  await admin.deleteGroups([group]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

test('a share group: listed, then its member and share-partitions (screenshots)', async ({ page }) => {
  const theme = new OverviewPage(page);
  await page.goto('/share-groups');
  const row = page.getByRole('row').filter({ hasText: group });
  // The consumer joins within seconds; the page refreshes by itself every 5 s.
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole('cell').nth(2)).toHaveText('1', { timeout: 30_000 });
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `share-groups-${t}.png`);
  }
  await theme.setTheme('light');
  await row.getByRole('link', { name: group }).click();
  await expect(page.getByRole('heading', { name: group })).toBeVisible();
  const partitions = page.getByTestId('share-partitions');
  await expect(partitions.getByRole('row')).toHaveCount(4); // header + 3 partitions
  // Everything read and acknowledged: 10 records on each partition, lag 0 (as Kafka reports it). The start
  // offset moves on in Kafka's own time, so it is not asserted.
  for (const p of [0, 1, 2]) {
    const r = partitions.getByRole('row').nth(p + 1);
    await expect(r.getByRole('cell').nth(1)).toHaveText(String(p));
    await expect(r.getByRole('cell').nth(3)).toHaveText('10');
    await expect(r.getByRole('cell').nth(4)).toHaveText('0', { timeout: 30_000 });
  }
  await expect(page.getByTestId('share-members').getByRole('row')).toHaveCount(2);
  await docShot(page, 'share-group-light.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await docShot(page, 'share-group-390.png');
});

test('an unknown share group is a 404 page', async ({ page }) => {
  const res = await page.goto('/share-groups/no-such-share-group-e2e');
  expect(res?.status()).toBe(404);
});
