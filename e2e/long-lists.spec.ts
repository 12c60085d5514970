import { expect, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { TopicsPage } from './pages/topics-page';
import { TEST_BROKERS } from '../test/broker.mjs';
import { FIRST_SCREEN_FROM, FIRST_SCREEN_ROWS } from '../lib/list-views';

// A list longer than FIRST_SCREEN_FROM goes to the page as its first screen of rows, and the browser fetches
// the rest (issue 17). Real topics on the test broker, a few more than the cut.
const kafka = new Kafka({ clientId: 'kafscope-e2e', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING });
const prefix = `e2e.long-${Date.now()}`;
const N = FIRST_SCREEN_FROM + 20;
const names = Array.from({ length: N }, (_, i) => `${prefix}.${String(i).padStart(4, '0')}`);

test.beforeAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: names.map((topic) => ({ topic, numPartitions: 1 })), timeout: 60_000 });
  await admin.disconnect();
});

test.afterAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: names, timeout: 60_000 });
  // The broker applies the deletions (closing and renaming a thousand logs) before what comes after them,
  // such as the next spec's new topic, which then fails (UNKNOWN_TOPIC_OR_PARTITION): wait until a new
  // topic takes a write.
  const probe = `${prefix}.probe`;
  const producer = kafka.producer();
  await producer.connect();
  const ready = async () => {
    try {
      await admin.createTopics({ topics: [{ topic: probe }] }); // false (no error) once it exists
      await producer.send({ topic: probe, messages: [{ value: 'x' }] });
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(ready, { timeout: 60_000, intervals: [1_000] }).toBe(true);
  await producer.disconnect();
  await admin.deleteTopics({ topics: [probe] });
  await admin.disconnect();
});

test('a long topic list: the first screen in the page, then every topic', async ({ page }) => {
  // Sorted by name, descending, within the search: the page's HTML holds the last names only.
  const query = `?q=${prefix}&sort=name&desc=1`;
  // The page sends the list only when it has it within 2 s: the list of the new topics is asked for once
  // first, so that this checks the cut, not the server's first DescribeConfigs of a thousand topics.
  expect((await page.request.get('/api/clusters/default/topics')).ok()).toBe(true);
  const html = await (await page.request.get(`/c/default/topics${query}`)).text();
  const has = (name: string) => html.includes(`${name}\\"`); // the names in the page's data
  expect(has(names[N - 1]!), 'the last name').toBe(true);
  expect(has(names[N - FIRST_SCREEN_ROWS]!), "the first screen's last name").toBe(true);
  expect(has(names[N - FIRST_SCREEN_ROWS - 1]!), 'the name after the first screen').toBe(false);
  expect(has(names[0]!), 'the first name').toBe(false);

  // The browser asks for the rest with ?maxAge= (the list the page was cut from), and then has them all.
  const rest = page.waitForRequest((r) => /\/api\/clusters\/default\/topics\?maxAge=\d+$/.test(r.url()));
  const topics = new TopicsPage(page);
  await page.goto(`/c/default/topics${query}`);
  await expect(topics.row(names[N - 1]!)).toBeVisible();
  await rest;
  await expect(page.getByTestId('topic-count')).toHaveText(new RegExp(`^${N.toLocaleString('en-US')} of `));
  await topics.search(names[0]!);
  await expect(topics.row(names[0]!)).toBeVisible();
  await expect(page.getByTestId('topic-count')).toHaveText(/^1 of /);
});

test("a search typed before the page's script has run is applied when it runs", async ({ page }) => {
  // The first screen paints from the HTML, so the search box takes keys before React has taken over.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  // Scripts only: a held stylesheet would hold the first paint too.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  expect((await page.request.get('/api/clusters/default/topics')).ok()).toBe(true); // as above
  const topics = new TopicsPage(page);
  await page.goto('/c/default/topics', { waitUntil: 'commit' });
  await page.getByRole('searchbox', { name: 'Search topics' }).fill(names[5]!);
  release();
  await expect(page.getByTestId('topic-count')).toHaveText(/^1 of /);
  await expect(topics.row(names[5]!)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${names[5]!.replaceAll('.', '\\.')}`));
});
