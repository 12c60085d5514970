import { expect, test } from '@playwright/test';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot } from './fixtures/shots';

// Watching a group work (issue 20): start one consumer and the map shows it reading every partition; start a
// second and the map splits the partitions between them, and the timeline shows the join and the rebalance.
const kafka = new Kafka({
  clientId: 'kafscope-e2e-activity',
  brokers: [TEST_BROKERS],
  logLevel: logLevel.NOTHING,
});
const topic = `e2e-activity-${Date.now()}`;
const group = `${topic}-group`;
const consumers: Consumer[] = [];

test.beforeAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions: 4, replicationFactor: 1 }],
    waitForLeaders: true,
  });
  await admin.disconnect();
});

test.afterAll(async () => {
  await Promise.all(consumers.map((c) => c.disconnect()));
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteGroups([group]).catch(() => {});
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
});

async function startConsumer(clientId: string) {
  const c = new Kafka({ clientId, brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING }).consumer({
    groupId: group,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    rebalanceTimeout: 10_000,
  });
  consumers.push(c);
  await c.connect();
  await c.subscribe({ topic, fromBeginning: true });
  await c.run({ eachMessage: async () => {} });
}

const owners = async (page: import('@playwright/test').Page) =>
  new Set(
    await page
      .getByTestId('map-partition')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-owner') ?? '')),
  );

test('a second consumer splits the partitions, and the timeline shows the join and the rebalance (screenshots)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startConsumer('learner-1');
  await page.goto(`/groups/${group}`);
  const map = page.getByTestId('assignment-map');
  await expect(map.getByTestId('map-partition')).toHaveCount(4, { timeout: 30_000 });
  await expect.poll(() => owners(page), { timeout: 30_000 }).toEqual(new Set(['learner-1']));

  await startConsumer('learner-2');
  // Each partition is read by one of the two members, and both have some.
  await expect.poll(() => owners(page), { timeout: 60_000 }).toEqual(new Set(['learner-1', 'learner-2']));
  const timeline = page.getByTestId('rebalance-timeline');
  await expect(timeline.locator('[data-kind="joined"]')).toContainText('learner-2 joined');
  const rebalance = timeline.locator('[data-kind="rebalanced"]').first();
  await expect(rebalance).toContainText(/Rebalance #\d+ done/);
  await expect(rebalance).toContainText('learner-1:');
  await expect(rebalance).toContainText('learner-2:');
  await map.scrollIntoViewIfNeeded();
  await docShot(page, 'group-activity.png');
});
