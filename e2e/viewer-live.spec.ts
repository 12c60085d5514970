import { expect, test, type Page } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { MessagesPage } from './pages/messages-page';
import { TEST_BROKERS } from '../test/broker.mjs';

// The Messages tab as a person uses it: live mode in one order, the reader's place held, Stop live keeping
// the list, labelled columns, tombstones, and times in the chosen zone.

const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const producer = kafka.producer();
const topic = `e2e.live-${Date.now()}`;
let next = 0;
const send = async (n: number) => {
  await producer.send({
    topic,
    messages: Array.from({ length: n }, () => ({ key: `k${next}`, value: JSON.stringify({ n: next++ }) })),
  });
};

test.beforeAll(async () => {
  await admin.connect();
  await producer.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  await send(40);
});
test.afterAll(async () => {
  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
});

/** The offsets of the rows on screen, top to bottom. */
const shownOffsets = async (page: Page) =>
  page.getByTestId('message-row').evaluateAll((rows) =>
    rows
      .map((r) => ({
        top: r.getBoundingClientRect().top,
        text: r.querySelectorAll('button > span')[1]?.textContent,
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => Number(r.text)),
  );
const strictlyDescending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! > x);

for (const start of ['newest', 'oldest'] as const)
  test(`live from ${start}: one order, newest first, before and after new messages arrive`, async ({
    page,
  }) => {
    const viewer = new MessagesPage(page);
    await viewer.goto(topic, `start=${start}&max=20&live=1`);
    await expect(viewer.status).toContainText('Live:');
    // newest: the newest 20, then live; oldest: the first 20, and live mode goes on from there.
    await expect(viewer.status).toContainText(`· ${start === 'newest' ? 20 : next} shown`);
    const before = await shownOffsets(page);
    expect(strictlyDescending(before)).toBe(true);
    await send(5);
    await expect.poll(async () => (await shownOffsets(page))[0]).toBe(next - 1);
    expect(strictlyDescending(await shownOffsets(page))).toBe(true);
  });

test('live keeps the reader’s place when scrolled down, offers "N new", and Stop live keeps the list', async ({
  page,
}) => {
  const viewer = new MessagesPage(page);
  await viewer.goto(topic, 'start=newest&max=40&live=1');
  await expect(viewer.status).toContainText('Live:');
  await expect(viewer.rows.first()).toBeVisible();
  await viewer.list.evaluate((el) => (el.scrollTop = 600));
  const anchor = () =>
    viewer.list.evaluate((el) => {
      const top = el.getBoundingClientRect().top + 100;
      const row = [...el.querySelectorAll('[data-testid="message-row"]')].find((r) => {
        const b = r.getBoundingClientRect();
        return b.top <= top && b.bottom > top;
      });
      return row?.querySelectorAll('button > span')[1]?.textContent;
    });
  const held = await anchor();
  await send(7);
  await expect(page.getByTestId('new-messages')).toHaveText('7 new');
  // The row that was in view is still there.
  expect(await anchor()).toBe(held);
  await page.getByTestId('new-messages').click();
  await expect(page.getByTestId('new-messages')).toHaveCount(0);
  expect(await viewer.list.evaluate((el) => el.scrollTop)).toBe(0);

  const shown = await shownOffsets(page);
  await page.getByRole('button', { name: 'Stop live' }).click();
  await expect(viewer.status).toContainText('Live stopped');
  await expect(page).not.toHaveURL(/live=1/);
  expect(await shownOffsets(page)).toEqual(shown);
});

test('columns are labelled; a tombstone says so; times follow the chosen zone', async ({ browser }) => {
  const context = await browser.newContext({
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await producer.send({
    topic,
    messages: [{ key: 'gone', value: null, timestamp: String(Date.UTC(2026, 0, 2, 3, 4, 5)) }],
  });
  next++;
  const viewer = new MessagesPage(page);
  await viewer.goto(topic, 'start=newest&max=1');
  const headers = page.getByTestId('message-columns');
  for (const h of ['Part.', 'Offset', 'Key', 'Value', 'Size']) await expect(headers).toContainText(h);
  // The browser's zone by default, named next to the times.
  await expect(headers).toContainText('Time (UTC+09:00)');
  const row = viewer.rows.first();
  await expect(row).toContainText('tombstone');
  await expect(row).toContainText('2026-01-02 12:04:05.000');
  // UTC, chosen once, remembered.
  await page.getByTestId('time-zone-toggle').click();
  await expect(headers).toContainText('Time (UTC)');
  await expect(row).toContainText('2026-01-02 03:04:05.000');
  await page.reload();
  await expect(page.getByTestId('message-columns')).toContainText('Time (UTC)');
  await context.close();
});

test('switching the start mode leaves no stale time in the URL; the CEL error is in monospace', async ({
  page,
}) => {
  const viewer = new MessagesPage(page);
  await viewer.goto(topic, 'start=timestamp&ts=1767225600000');
  await expect(viewer.status).toContainText('messages');
  await viewer.controls.getByLabel('Start').selectOption('newest');
  await viewer.read();
  await expect(page).toHaveURL(/start=newest/);
  expect(page.url()).not.toContain('ts=');
  await viewer.controls.getByLabel('Filter (CEL)').fill('value.n ==');
  await viewer.read();
  const alert = page.getByRole('alert').filter({ hasText: 'not valid CEL' });
  await expect(alert).toBeVisible();
  expect(await alert.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
});
