import { expect, test, type Page } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { ProduceForm } from './pages/produce-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { docShot, isScreenshotRun } from './fixtures/shots';

// The console at the widths people use: a phone (390), a tablet (768), a laptop (1280), a desktop (1920).
// Nothing may stick out of the screen except inside a box that scrolls on its own (a table, the message
// list); the page itself never scrolls sideways. In the screenshots project (npm run screenshots) the docs'
// pictures are taken too.

const PAGES = [
  ['overview', '/'],
  ['topics', '/topics'],
  ['messages', '/topics/demo.orders?tab=messages&live=1'],
  ['produce', '/produce?topic=demo.orders'],
  ['groups', '/groups'],
  ['group', '/groups/demo-billing'],
] as const;
const WIDTHS = [390, 768, 1280, 1920];

// A legal 249-character topic name is in the list while the pages are checked: it once stretched the topic
// table to 2,639 px.
const admin = new Kafka({
  clientId: 'kafscope-e2e',
  brokers: [TEST_BROKERS],
  logLevel: logLevel.NOTHING,
}).admin();
const LONG = `e2e.long-${Date.now()}-`.padEnd(249, 'x');
// Produced to here, not to the demo topics other specs read.
const SCRATCH = `e2e.layout-${Date.now()}`;
test.beforeAll(async () => {
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: LONG, numPartitions: 1 },
      { topic: SCRATCH, numPartitions: 1 },
    ],
  });
});
test.afterAll(async () => {
  await admin.deleteTopics({ topics: [LONG, SCRATCH] }).catch(() => {});
  await admin.disconnect();
});
const SHOT_WIDTHS = new Set([390, 1280, 1920]);

/** Elements outside the viewport that no scroll box (other than <main> itself) contains. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || (r.right <= vw + 1 && r.left >= -1)) continue;
      let p = el.parentElement;
      let boxed = false;
      for (; p && p !== document.body && p.tagName !== 'MAIN'; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') {
          boxed = true;
          break;
        }
      if (!boxed) out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class')).slice(0, 50)}`);
    }
    const main = document.querySelector('main');
    return {
      page: document.documentElement.scrollWidth - vw,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      out: out.slice(0, 5),
    };
  });
}

for (const width of WIDTHS)
  test(`${width} px wide: nothing sticks out of the screen (screenshots)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, path] of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Data arrives after the heading (live streams and polls never let the network go idle).
      await page.waitForTimeout(1500);
      expect([name, await overflowing(page)]).toEqual([name, { page: 0, main: 0, out: [] }]);
      if (isScreenshotRun() && SHOT_WIDTHS.has(width))
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForTimeout(300);
          await docShot(page, `${name}-${width}-${scheme}.png`);
        }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await context.close();
  });

test('a 249-character topic name is cut in the middle, whole on hover, and leaves the other columns be', async ({
  page,
}) => {
  await page.goto(`/topics?q=${encodeURIComponent(LONG.slice(0, 20))}`);
  const link = page.getByRole('link', { name: LONG });
  await expect(link).toBeVisible();
  await expect(link.locator('[title]').first()).toHaveAttribute('title', LONG);
  expect((await link.boundingBox())!.width).toBeLessThan(420);
  await expect(page.getByRole('button', { name: `Copy ${LONG}` })).toBeVisible();
  const table = page.getByTestId('topics-table');
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('below 1024 px the sidebar is a drawer behind a menu button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Topics' }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await expect(nav).toBeHidden(); // navigating closed it
  await context.close();
});

test('the produce result comes into view (1280x800) and is announced', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/topics/${SCRATCH}?tab=produce`);
  const form = new ProduceForm(page);
  await form.jsonValue('{"e2e": "in view"}');
  await form.submit();
  await expect(form.result).toHaveAttribute('role', 'status');
  await expect(form.result).toBeInViewport();
  await expect(form.result).toContainText(/Written to partition \d+ at offset \d+/);
  await context.close();
});

test('small things: focus returns after a dialog, favicon, "1 broker", breadcrumbs, 404s that say what', async ({
  page,
  request,
}) => {
  await page.goto('/topics/demo.orders');
  const opener = page.getByRole('button', { name: 'Add partitions' });
  await opener.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();

  const icon = await request.get('/icon.svg');
  expect([icon.status(), icon.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
  expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);

  await page.goto('/brokers');
  await expect(page.getByText(/^1 broker in cluster /)).toBeVisible();
  await page.goto('/groups/demo-billing');
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Consumer groups' })
    .click();
  await expect(page).toHaveURL(/\/groups$/);

  const missing = await page.goto('/topics/e2e.no-such-topic');
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toContainText(
    'There is no topic "e2e.no-such-topic" in this cluster',
  );
  await page.goto('/groups/e2e-no-such-group');
  await expect(page.getByTestId('not-found')).toContainText('There is no consumer group "e2e-no-such-group"');
  await page.goto('/brokers/42');
  await expect(page.getByTestId('not-found')).toContainText('There is no broker 42');
  for (const bad of ['/topics/%FF', '/groups/%zz']) expect((await request.get(bad)).status()).toBe(404);
  const api = await request.get('/api/clusters/default/topics/%C0%AE');
  expect([api.status(), (await api.json()).error.code]).toEqual([400, 'bad_request']);

  // The login-off warning is in the server's HTML: there at first paint, no shift when it arrives.
  expect(await (await request.get('/topics')).text()).toContain('data-testid="login-off-warning"');
});
