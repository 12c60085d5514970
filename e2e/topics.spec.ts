import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { TopicsPage } from './pages/topics-page';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });

test('create a topic, find it in the list, change its retention, delete it', async ({ page }) => {
  const name = `e2e.topic-${Date.now()}`;
  const topics = new TopicsPage(page);
  await topics.goto();
  await expect(topics.row('demo.orders')).toBeVisible();

  await topics.create(name, { partitions: 4, retention: '1 day' });
  // Creating opens the new topic's page with its partitions.
  await expect(page).toHaveURL(new RegExp(`/topics/${name.replaceAll('.', '\\.')}$`));
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('partitions-table').getByRole('row')).toHaveCount(5);

  // Search is kept in the URL, so the link reproduces the view.
  await topics.goto();
  await topics.search(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(topics.row(name)).toBeVisible();
  await expect(topics.row('demo.orders')).toHaveCount(0);
  await expect(topics.row(name)).toContainText('4');
  await topics.row(name).getByRole('link', { name }).click();

  // Configuration tab (in the URL): retention set at creation, changed here.
  await page.getByRole('link', { name: 'Configuration' }).click();
  await expect(page).toHaveURL(/tab=configuration/);
  const retention = topics.config('retention.ms');
  await expect(retention.getByTestId('config-value')).toHaveText('86400000');
  await expect(retention).toContainText('1 day');
  await expect(retention).toContainText('topic');
  await retention.getByRole('button', { name: 'Edit retention.ms' }).click();
  await retention.getByLabel('New value for retention.ms').fill('3600000');
  await retention.getByRole('button', { name: 'Save' }).click();
  await expect(retention.getByTestId('config-value')).toHaveText('3600000');
  await expect(retention).toContainText('1 hour');
  // Kafka's refusal is shown next to the value, and the value stays.
  await retention.getByRole('button', { name: 'Edit retention.ms' }).click();
  await retention.getByLabel('New value for retention.ms').fill('soon');
  await retention.getByRole('button', { name: 'Save' }).click();
  await expect(retention.getByRole('alert')).toContainText('retention.ms');
  await retention.getByRole('button', { name: 'Cancel' }).click();
  await expect(retention.getByTestId('config-value')).toHaveText('3600000');
  // Checked against Kafka itself, not our page.
  const admin = kafka.admin();
  await admin.connect();
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: 2, name, configNames: ['retention.ms'] }],
  });
  await admin.disconnect();
  expect(described.resources[0]!.configEntries[0]!.configValue).toBe('3600000');

  await page.getByRole('button', { name: 'Delete topic' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete topic' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Topic name to confirm').fill(name);
  await confirm.click();
  await expect(page).toHaveURL(/\/topics$/);
  await topics.search(name);
  await expect(topics.row(name)).toHaveCount(0);
});

test('add partitions and delete records from the topic page', async ({ page }) => {
  const name = `e2e.actions-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: name, numPartitions: 2 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: name,
    messages: Array.from({ length: 6 }, (_, i) => ({ value: `m${i}`, partition: i % 2 })),
  });
  await producer.disconnect();

  await page.goto(`/topics/${name}`);
  await expect(page.getByTestId('topic-messages')).toHaveText('6');
  await page.getByRole('button', { name: 'Add partitions' }).click();
  const add = page.getByRole('dialog');
  await expect(add).toContainText('Keys will map to other partitions');
  await add.getByLabel('New partition count').fill('2');
  await expect(add.getByRole('button', { name: /^Add/ })).toBeDisabled();
  await add.getByLabel('New partition count').fill('3');
  await add.getByRole('button', { name: 'Add 1 partition' }).click();
  await expect(page.getByTestId('partitions-table').getByRole('row')).toHaveCount(4);

  await page.getByRole('button', { name: 'Delete records' }).click();
  const del = page.getByRole('dialog');
  await del.getByLabel('Partition').selectOption('0');
  await expect(del.getByRole('button', { name: 'Delete records' })).toBeDisabled();
  await del.getByLabel(/I understand 3 records/).check();
  await del.getByRole('button', { name: 'Delete records' }).click();
  await expect(page.getByTestId('topic-messages')).toHaveText('3');
  const offsets = await admin.fetchTopicOffsets(name);
  expect(offsets.find((o) => o.partition === 0)).toMatchObject({ low: '3', high: '3' });
  expect(offsets.find((o) => o.partition === 1)).toMatchObject({ low: '0', high: '3' });
  await admin.deleteTopics({ topics: [name] });
  await admin.disconnect();
});

test('sorting by messages puts the busiest demo topic first, and the sort is in the URL', async ({
  page,
}) => {
  const topics = new TopicsPage(page);
  await topics.goto('?sort=messages&desc=1');
  const first = topics.table.getByRole('row').nth(1);
  await expect(first).toContainText('demo.orders');
  await expect(page.getByRole('columnheader', { name: /Messages/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('the topic list and a topic page, light and dark (screenshots)', async ({ page }) => {
  const topics = new TopicsPage(page);
  const theme = new OverviewPage(page);
  await topics.goto();
  await expect(topics.row('demo.orders')).toBeVisible();
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `topics-${t}.png`);
  }
  await page.goto('/topics/demo.orders?tab=configuration');
  await expect(topics.config('cleanup.policy')).toBeVisible();
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `topic-configs-${t}.png`);
  }
  await page.goto('/topics/demo.orders?tab=consumers');
  await expect(page.getByTestId('consumer-demo-billing')).toBeVisible();
  await docShot(page, 'topic-consumers-dark.png');
  await theme.setTheme('light');
});

test('an unknown topic is a 404 page', async ({ page }) => {
  const res = await page.goto('/topics/no.such.topic');
  expect(res?.status()).toBe(404);
  await expect(
    page.getByRole('heading', { name: 'There is no topic "no.such.topic" in this cluster' }),
  ).toBeVisible();
});

test('a broker page shows its configs, sensitive ones hidden', async ({ page }) => {
  await page.goto('/brokers');
  await page.getByTestId('brokers-table').getByRole('link', { name: '1', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Broker 1' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search configs' }).fill('node.id');
  await expect(page.getByTestId('config-node.id')).toContainText('read-only');
  await expect(page.getByTestId('config-node.id').getByTestId('config-value')).toHaveText('1');
  expect((await page.goto('/brokers/99'))?.status()).toBe(404);
});
