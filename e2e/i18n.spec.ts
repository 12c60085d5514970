import { expect, test, type Page } from '@playwright/test';
import { SLOW_GROUP } from '../scripts/demo-data.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { docShot } from './fixtures/shots';

// The console in Korean, chosen from the browser's language, and the switch between Korean and English.
// On a Korean page, no English sentence of the message files may show (the lint on raw strings in JSX
// keeps words out of the code; this checks what a person sees).

type Tree = { [k: string]: string | Tree };
// Read as files: Playwright's loader does not import JSON modules without an import attribute.
const dir = 'lib/i18n/messages/en';
const english: Tree = Object.fromEntries(
  fs.readdirSync(dir).map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Tree]),
);
const flat = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
// English messages without arguments or markup and of two words or more: what would betray an untranslated
// page. (Single words such as "Key" also name Kafka things in topic data and config names.)
const ENGLISH = [...new Set(flat(english))].filter((s) => !/[{}<]/.test(s) && /^[A-Z][a-z]+ [a-z]/.test(s));

async function noEnglish(page: Page) {
  const text = await page.locator('body').innerText();
  const left = ENGLISH.filter((s) => text.includes(s));
  expect(left, 'English sentences on a Korean page').toEqual([]);
}

const PAGES = [
  { name: 'overview', path: '/', ready: (p: Page) => p.getByTestId('cluster-id') },
  { name: 'topic', path: '/topics/demo.orders', ready: (p: Page) => p.getByTestId('partitions-table') },
  {
    name: 'messages',
    path: '/topics/demo.orders?tab=messages',
    ready: (p: Page) => p.getByTestId('message-row').first(),
  },
  { name: 'produce', path: '/produce?topic=demo.orders', ready: (p: Page) => p.locator('form[aria-label]') },
  { name: 'group', path: `/groups/${SLOW_GROUP}`, ready: (p: Page) => p.getByTestId('total-lag') },
];

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the browser language picks Korean: the overview, a topic, messages, produce and a group (screenshots)', async ({
    page,
  }) => {
    for (const p of PAGES) {
      await page.goto(p.path);
      await expect(p.ready(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expect(page.getByRole('navigation', { name: '메인' })).toContainText('컨슈머 그룹');
      await noEnglish(page);
      await docShot(page, `ko-${p.name}.png`);
    }
  });

  test('Korean at 390 px, dark: the page never scrolls sideways (screenshots)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const p of PAGES) {
      await page.goto(p.path);
      await expect(p.ready(page)).toBeVisible();
      await expect(page.locator('html')).toHaveClass(/dark/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await docShot(page, `ko-${p.name}-390-dark.png`);
    }
  });

  test('the switch shows English, remembered across pages and reloads, and back', async ({ page }) => {
    await page.goto('/topics');
    await expect(page.getByRole('heading', { name: '토픽' })).toBeVisible();
    await page.getByTestId('language-toggle').click();
    await expect(page.getByRole('heading', { name: 'Topics' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The address did not change: links are the same in both languages.
    expect(new URL(page.url()).pathname).toBe('/c/default/topics');
    await page.goto(`/groups/${SLOW_GROUP}`);
    await expect(page.getByText('Total lag')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Total lag')).toBeVisible();
    await page.getByTestId('language-toggle').click();
    await expect(page.getByText('전체 랙')).toBeVisible();
  });

  test('terms explain themselves in Korean', async ({ page }) => {
    await page.goto('/topics/demo.orders');
    const term = page.getByRole('link', { name: '동기화됨' });
    await expect(async () => {
      await term.hover();
      await expect(page.getByRole('tooltip')).toContainText('리더를 따라잡은 레플리카', { timeout: 1_000 });
    }).toPass();
  });
});

test('an English browser gets English, and English screenshots of the same pages (screenshots)', async ({
  page,
}) => {
  for (const p of PAGES) {
    await page.goto(p.path);
    await expect(p.ready(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Consumer groups');
    await docShot(page, `en-${p.name}.png`);
  }
});
