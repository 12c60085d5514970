import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { MessagesPage } from './pages/messages-page';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });

test('the viewer shows the seeded orders, and a row opens to its JSON, headers and metadata', async ({
  page,
}) => {
  const viewer = new MessagesPage(page);
  await viewer.goto('demo.orders');
  // Newest first: the last 50 of each partition are read, the newest 50 of all kept.
  await expect(viewer.status).toContainText(/^50 messages · scanned \d+ · the newest 50/);
  await expect(viewer.rows).not.toHaveCount(0);
  const first = viewer.rows.first();
  await expect(first).toContainText('customer-');
  await first.getByRole('button').first().click();
  await expect(first.getByText('Headers (3)')).toBeVisible();
  await expect(first.getByText('kafscope-demo')).toBeVisible();
  await expect(first.getByText(/"?orderId"?/).first()).toBeVisible(); // the JSON tree
  // The view is in the URL: a link reproduces it.
  await viewer.controls.getByLabel('Start').selectOption('oldest');
  await viewer.controls.getByLabel('Max').fill('5');
  await viewer.read();
  await expect(page).toHaveURL(/start=oldest/);
  await expect(page).toHaveURL(/max=5/);
  await expect(viewer.status).toContainText('5 messages');
  await expect(viewer.rows).toHaveCount(5);
});

test('a CEL filter keeps only matching messages; a bad one says where it is wrong', async ({ page }) => {
  const viewer = new MessagesPage(page);
  await viewer.goto(
    'demo.orders',
    'start=oldest&max=20&filter=' + encodeURIComponent('value.currency == "GBP"'),
  );
  await expect(viewer.status).toContainText('20 messages');
  for (const text of await viewer.rows.allTextContents()) expect(text).toContain('"currency":"GBP"');
  await viewer.controls.getByLabel('Filter (CEL)').fill('value.currency ==');
  await viewer.read();
  await expect(page.getByRole('alert').filter({ hasText: 'not valid CEL' })).toContainText(
    'Unexpected token',
  );
});

test('live mode: a message produced now appears without a reload', async ({ page }) => {
  const viewer = new MessagesPage(page);
  await viewer.goto('demo.logs', 'live=1');
  await expect(viewer.status).toContainText('Live:');
  const marker = `e2e-live-${Date.now()}`;
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: 'demo.logs', messages: [{ value: marker }] });
  await producer.disconnect();
  await expect(viewer.list.getByText(marker)).toBeVisible();
  await viewer.page.getByRole('button', { name: 'Pause' }).click();
  await expect(viewer.status).toContainText('paused');
});

test('the viewer, light and dark (screenshots)', async ({ page }) => {
  const viewer = new MessagesPage(page);
  await viewer.goto('demo.orders', 'max=30');
  await expect(viewer.status).toContainText('30 messages');
  await viewer.rows.nth(1).getByRole('button').first().click();
  const theme = new OverviewPage(page);
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `messages-${t}.png`);
  }
  await theme.setTheme('light');
});

test('Avro, Protobuf and JSON Schema values from the Schema Registry show decoded, with their schema', async ({
  page,
}) => {
  const viewer = new MessagesPage(page);
  await viewer.goto('demo.payments-avro', 'start=oldest&max=10&partition=0');
  await expect(viewer.status).toContainText('10 messages');
  const first = viewer.rows.first();
  await expect(first).toContainText('"customer":'); // the decoded record, not bytes
  await first.getByRole('button').first().click();
  await expect(first.getByText(/^schema \d+ · demo\.payments-avro-value v1$/)).toBeVisible();
  await expect(first.getByText(/^avro, /)).toBeVisible();
  await expect(first.getByText(/"?currency"?/).first()).toBeVisible(); // the tree

  // Protobuf: each record's own message type (from its message-index path).
  await viewer.goto('demo.shipments-proto', 'start=oldest&max=3&partition=0');
  await expect(viewer.status).toContainText('3 messages');
  await viewer.rows.first().getByRole('button').first().click();
  await expect(
    viewer.rows.first().getByText(/^schema \d+ · demo\.shipments-proto-value v1 · demo\.Shipment/),
  ).toBeVisible();

  await viewer.goto('demo.users-json', 'start=oldest&max=1');
  await expect(viewer.rows.first()).toContainText('"email":');
});
