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
  await term.focus();
  await expect(tip).toContainText('Where a consumer group resumes');
  await term.click();
  await expect(page).toHaveURL(/\/learn#committed-offset$/);
  await expect(page.locator('#committed-offset')).toContainText('Committed offset');
  await expect(
    page.locator('#committed-offset').getByRole('link', { name: 'Kafka documentation' }),
  ).toHaveAttribute('href', /^https:\/\/kafka\.apache\.org\/documentation\//);
});
