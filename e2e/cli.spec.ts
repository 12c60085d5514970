import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { OverviewPage } from './pages/overview-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { SLOW_GROUP } from '../scripts/demo-data.mjs';
import { seedTopic } from '../test/kafka';
import { docShot } from './fixtures/shots';

// The "from a terminal" panels: folded until asked, then the command with this cluster's values, per tool.
const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topic = `e2e.cli-${Date.now()}`;

test.beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 2, count: 4 });
});
test.afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

test('a topic and a group show their command lines, per tool (screenshots)', async ({ page }) => {
  const theme = new OverviewPage(page);
  await page.goto(`/topics/${topic}`);
  const cli = page.getByTestId('cli');
  await expect(cli.getByText(`kafka-topics.sh --bootstrap-server ${TEST_BROKERS}`)).toBeHidden();
  await cli.getByText('This topic from a terminal').click();
  await expect(
    cli.getByText(`kafka-topics.sh --bootstrap-server ${TEST_BROKERS} --describe --topic ${topic}`),
  ).toBeVisible();
  await cli.getByRole('tab', { name: 'kcat' }).click();
  await expect(cli.getByText(`kcat -b ${TEST_BROKERS} -L -t ${topic}`)).toBeVisible();
  for (const t of ['light', 'dark'] as const) {
    await theme.setTheme(t);
    await docShot(page, `cli-topic-${t}.png`);
  }
  await theme.setTheme('light');

  await page.goto(`/groups/${SLOW_GROUP}`);
  await page.getByText('This group from a terminal').click();
  await expect(
    page.getByText(
      `kafka-consumer-groups.sh --bootstrap-server ${TEST_BROKERS} --describe --group ${SLOW_GROUP}`,
      {
        exact: true,
      },
    ),
  ).toBeVisible();
  await page.getByTestId('cli').getByRole('tab', { name: 'rpk' }).click();
  await expect(page.getByText(`rpk group describe ${SLOW_GROUP} -X brokers=${TEST_BROKERS}`)).toBeVisible();
});
