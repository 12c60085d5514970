import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { ProduceForm } from './pages/produce-page';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';
import { TEST_REGISTRY_URL } from '../test/registry.mjs';

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topic = `e2e.produce-${Date.now()}`;

test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
});
test.afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

/** High watermark per partition: how many messages Kafka holds (the topic starts empty). */
async function highWatermarks() {
  return (await admin.fetchTopicOffsets(topic))
    .sort((a, b) => a.partition - b.partition)
    .map((p) => Number(p.high));
}

test('publish from a topic page: the result gives partition and offset; its link opens the message', async ({
  page,
}) => {
  await page.goto(`/topics/${topic}?tab=produce`);
  const form = new ProduceForm(page);
  await form.keyText('customer-42');
  await form.jsonValue('{"order": 1, "total": 9.5}');
  await form.header(1, 'source', 'e2e');
  await form.submit();
  await expect(form.result).toContainText(/Written to partition \d at offset 0/);
  const [, partition] = /partition (\d)/.exec((await form.result.textContent()) ?? '')!;
  // Kafka has the message where the form said.
  expect((await highWatermarks())[Number(partition)]).toBe(1);

  await form.result.getByRole('link', { name: 'Open in the message viewer' }).click();
  await expect(page).toHaveURL(new RegExp(`tab=messages&partition=${partition}&offset=0$`));
  // The viewer opens at that offset and shows the message as sent.
  const row = page.getByTestId('message-row').first();
  await expect(row).toContainText('customer-42');
  await expect(row).toContainText('{"order": 1, "total": 9.5}');
  await row.getByRole('button').first().click();
  await expect(row.getByText('Headers (1)')).toBeVisible();
  await expect(row.getByText('e2e', { exact: true })).toBeVisible();

  // The form remembers its inputs for this topic.
  await page.goto(`/topics/${topic}?tab=produce`);
  await expect(form.form.getByRole('textbox', { name: 'Key' })).toHaveValue('customer-42');
});

test('invalid JSON is caught in the browser before anything is sent', async ({ page }) => {
  await page.goto(`/topics/${topic}?tab=produce`);
  const form = new ProduceForm(page);
  const before = await highWatermarks();
  await form.jsonValue('{"order": }');
  await expect(form.form.getByRole('alert')).toContainText('Not valid JSON');
  await expect(form.form.getByRole('button', { name: /^Produce / })).toBeDisabled();
  expect(await highWatermarks()).toEqual(before);
});

test('the global Produce page: pick a topic, send 20 messages from a template (screenshots)', async ({
  page,
}) => {
  await page.goto('/produce');
  await page.getByRole('combobox', { name: 'Topic' }).fill(topic);
  await expect(page).toHaveURL(new RegExp(`topic=${topic.replaceAll('.', '\\.')}`));
  const form = new ProduceForm(page);
  const before = (await highWatermarks()).reduce((a, b) => a + b, 0);
  await form.form.getByRole('spinbutton', { name: 'Messages' }).fill('20');
  await form.jsonValue('{"n": {{i}}, "id": "{{uuid}}"}');
  await form.submit();
  await expect(form.result).toContainText('20 of 20 messages written');
  expect((await highWatermarks()).reduce((a, b) => a + b, 0)).toBe(before + 20);
  const theme = new OverviewPage(page);
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `produce-${t}.png`, { fullPage: true });
  }
  await theme.setTheme('light');
});

test('produce with a registry schema: a misfit names the field; a good value is written and read back decoded', async ({
  page,
}) => {
  await page.goto('/topics/demo.users-json?tab=produce');
  const form = new ProduceForm(page);
  await form.type('Value', 'Schema (registry)');
  await expect(form.form.getByLabel(/^Subject/)).toHaveValue('demo.users-json-value');
  await form.jsonValue('{"id": "seven", "name": "ada"}');
  await form.submit();
  await expect(form.form.getByRole('alert').last()).toContainText('id: must be integer');
  await form.jsonValue('{"id": 7007, "name": "ada", "plan": "team"}');
  await form.submit();
  await expect(form.result).toContainText(/Written to partition 0 at offset \d+/);
  await form.result.getByRole('link', { name: 'Open in the message viewer' }).click();
  const row = page.getByTestId('message-row').first();
  await expect(row).toContainText('"id":7007');
  await row.getByRole('button').first().click();
  await expect(row.getByText(/^schema \d+ · demo\.users-json-value v1$/)).toBeVisible();
});

test('a key and a value each with their own registry schema: both written framed and read back decoded', async ({
  page,
  request,
}) => {
  // The topic's own key subject (TopicNameStrategy), registered by Confluent's REST API directly.
  const keySubject = `${topic}-key`;
  const reg = await request.post(`${TEST_REGISTRY_URL}/subjects/${keySubject}/versions`, {
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    data: {
      schema: JSON.stringify({
        type: 'record',
        name: 'OrderKey',
        fields: [{ name: 'customer', type: 'string' }],
      }),
    },
  });
  expect(reg.ok()).toBe(true);
  await page.goto(`/topics/${topic}?tab=produce`);
  const form = new ProduceForm(page);
  await form.type('Key', 'Schema (registry)');
  await expect(form.form.getByLabel('Key subject')).toHaveValue(keySubject);
  await form.form.getByRole('textbox', { name: 'Key' }).fill('{"customer": 42}');
  await form.type('Value', 'JSON');
  await form.jsonValue('{"n": 1}');
  await form.form.getByLabel('Partition').selectOption('2');
  await form.submit();
  await expect(form.form.getByRole('alert').last()).toContainText('customer');
  await form.form.getByRole('textbox', { name: 'Key' }).fill('{"customer": "c-42"}');
  await form.submit();
  await expect(form.result).toContainText(/Written to partition 2 at offset \d+/);
  await form.result.getByRole('link', { name: 'Open in the message viewer' }).click();
  const row = page.getByTestId('message-row').first();
  await expect(row).toContainText('{"customer":"c-42"}');
  await row.getByRole('button').first().click();
  await expect(
    row.getByText(new RegExp(`^schema \\d+ · ${keySubject.replaceAll('.', '\\.')} v1$`)),
  ).toBeVisible();
});
