import { expect, test } from '@playwright/test';
import { SLOW_GROUP } from '../scripts/demo-data.mjs';

// Terms explain themselves where they appear, on hover and on keyboard focus, and link to /learn.
test('a term on a group page explains itself on hover and focus, and leads to the glossary', async ({
  page,
}) => {
  await page.goto(`/groups/${SLOW_GROUP}`);
  const term = page.getByRole('link', { name: 'Committed', exact: true }).first();
  const tip = page.getByRole('tooltip');
  // Hovering before the page has hydrated does nothing: hover again until the tooltip answers.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await term.hover();
    await expect(tip).toContainText('Where a consumer group resumes', { timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(0, 0);
  // Focus again until the tooltip answers: on a fresh server the group page is still settling (its first
  // polls re-render the tables) when the first focus lands.
  await expect(async () => {
    await term.blur();
    await term.focus();
    await expect(tip).toContainText('Where a consumer group resumes', { timeout: 1_000 });
  }).toPass();
  await term.click();
  await expect(page).toHaveURL(/\/learn#committed-offset$/);
  await expect(page.locator('#committed-offset')).toContainText('Committed offset');
  await expect(
    page.locator('#committed-offset').getByRole('link', { name: 'Kafka documentation' }),
  ).toHaveAttribute('href', /^https:\/\/kafka\.apache\.org\/documentation\//);
});

// /learn speaks of this cluster: the sentences carry the same numbers the API (and so every page) reports.
test('the glossary explains terms with the cluster’s own topic, partition, group and offsets', async ({
  page,
  request,
}) => {
  type Group = { groupId: string; lag: number; topics: string[] };
  const groups = ((await (await request.get('/api/clusters/default/groups')).json()) as { groups: Group[] })
    .groups;
  const group = [...groups].sort((a, b) => b.lag - a.lag).find((g) => g.topics.length > 0)!;
  const topicName = group.topics[0]!;
  const topic = (await (
    await request.get(`/api/clusters/default/topics/${encodeURIComponent(topicName)}`)
  ).json()) as {
    partitions: number;
    partitionList: { leader: number; high: number }[];
  };
  const detail = (await (
    await request.get(`/api/clusters/default/groups/${encodeURIComponent(group.groupId)}`)
  ).json()) as {
    topics: { topic: string; partitions: { partition: number; committed: number | null }[] }[];
  };
  const committed = detail.topics
    .find((x) => x.topic === topicName)!
    .partitions.find((p) => p.committed !== null)!;

  await page.goto('/learn');
  await expect(page.getByTestId('example-partition')).toHaveText(
    `In your cluster: ${topicName} has ${topic.partitions} partitions; its leader for partition 0 is broker ${topic.partitionList[0]!.leader}.`,
  );
  await expect(page.getByTestId('example-committed-offset')).toContainText(
    `${group.groupId} has committed offset ${committed.committed!.toLocaleString('en-US')} on partition ${committed.partition} of ${topicName}`,
  );
  await expect(page.getByTestId('example-controller')).toContainText('The active controller is broker 1');
});
