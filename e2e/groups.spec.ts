import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { GroupsPage } from './pages/groups-page';
import { OverviewPage } from './pages/overview-page';
import { TopicsPage } from './pages/topics-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { SLOW_GROUP, order } from '../scripts/demo-data.mjs';
import { docShot } from './fixtures/shots';

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const producer = kafka.producer();
const topic = `e2e.groups-${Date.now()}`;
const group = `e2e-reset-${Date.now()}`;

test.beforeAll(async () => {
  await admin.connect();
  await producer.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }] });
  await producer.send({
    topic,
    messages: Array.from({ length: 20 }, (_, i) => ({ value: `m${i}`, partition: i % 2 })),
  });
  await admin.setOffsets({
    groupId: group,
    topic,
    partitions: [
      { partition: 0, offset: '8' },
      { partition: 1, offset: '9' },
    ],
  });
});
test.afterAll(async () => {
  await producer.disconnect();
  await admin.deleteGroups([group]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

const committed = async () =>
  (await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]!.partitions
    .sort((a, b) => a.partition - b.partition)
    .map((p) => Number(p.offset));

test('the demo group is listed as lagging; its page charts the lag as it grows', async ({ page }) => {
  const groups = new GroupsPage(page);
  await groups.goto();
  const row = groups.row(SLOW_GROUP);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('group-lag')).not.toHaveText('0');
  await expect(row).toContainText('STOP'); // lag and nobody consuming (the e2e seed runs no consumer)
  await expect(page.getByText(/\d+ lagging/)).toBeVisible();

  await row.getByRole('link', { name: SLOW_GROUP }).click();
  await expect(page.getByRole('heading', { name: SLOW_GROUP })).toBeVisible();
  const before = Number((await page.getByTestId('total-lag').textContent())!.replace(/,/g, ''));
  // Orders like the demo's own (other specs read the newest messages of demo.orders).
  await producer.send({
    topic: 'demo.orders',
    messages: Array.from({ length: 30 }, (_, i) => order(10_000 + i)),
  });
  // The page updates by itself: the lag grows by what was produced, and the chart has drawn its lines.
  await expect
    .poll(async () => Number((await page.getByTestId('total-lag').textContent())!.replace(/,/g, '')))
    .toBe(before + 30);
  await expect(groups.chartLines.first()).toBeVisible();
  expect(await groups.chartLines.count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByText('Lag history since', { exact: false })).toBeVisible();

  // The topic list says which groups consume demo.orders and their lag.
  const topics = new TopicsPage(page);
  await topics.goto();
  await expect(topics.row('demo.orders')).toContainText(/1 group ·/);
});

test('reset offsets: preview shows current, new and lag after; apply moves the group exactly there', async ({
  page,
}) => {
  const groups = new GroupsPage(page);
  await page.goto(`/groups/${group}`);
  await expect(page.getByRole('heading', { name: group })).toBeVisible();
  const dialog = await groups.resetTo('earliest');
  const preview = dialog.getByTestId('reset-preview');
  await expect(preview.getByRole('row')).toHaveCount(3); // header + 2 partitions
  await expect(preview.getByRole('row').nth(1)).toContainText(/0\s*8\s*0\s*10/); // partition 0: 8 -> 0, lag after 10
  expect(await committed()).toEqual([8, 9]); // a preview changes nothing
  await dialog.getByRole('button', { name: 'Apply reset' }).click();
  await expect(dialog.getByText('Offsets reset on 2 partitions')).toBeVisible();
  expect(await committed()).toEqual([0, 0]);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByTestId('total-lag')).toHaveText('20');
});

test('a reset on a running group is refused with the reason', async ({ page }) => {
  const groups = new GroupsPage(page);
  await page.goto(`/groups/${group}`);
  const consumer = kafka.consumer({ groupId: group });
  await consumer.connect();
  await consumer.subscribe({ topic });
  await consumer.run({ eachMessage: async () => {} });
  try {
    await expect(page.getByRole('table').first()).toContainText('kafscope-e2e', { timeout: 20_000 });
    const dialog = await groups.resetTo('latest');
    await expect(dialog.getByRole('alert')).toContainText('1 active member');
    await expect(dialog.getByRole('button', { name: 'Apply reset' })).toBeDisabled();
  } finally {
    await consumer.disconnect();
  }
});

test('groups list and a group page, light and dark (screenshots)', async ({ page }) => {
  const groups = new GroupsPage(page);
  const theme = new OverviewPage(page);
  await groups.goto();
  await expect(groups.row(SLOW_GROUP)).toBeVisible();
  await expect(groups.row(SLOW_GROUP).locator('svg.recharts-surface')).toBeVisible(); // the trend sparkline
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `groups-${t}.png`);
  }
  await page.goto(`/groups/${SLOW_GROUP}`);
  await expect(groups.chartLines.first()).toBeVisible();
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `group-${t}.png`);
  }
  await theme.setTheme('light');
});

test('an unknown group is a 404 page', async ({ page }) => {
  const res = await page.goto('/groups/no-such-group-e2e');
  expect(res?.status()).toBe(404);
});
