import { expect, test } from '@playwright/test';
import { TopicsPage } from './pages/topics-page';

test('create a topic, find it in the list, open it, delete it', async ({ page }) => {
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

test('an unknown topic is a 404 page', async ({ page }) => {
  const res = await page.goto('/topics/no.such.topic');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
