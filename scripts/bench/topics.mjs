// Topic list at scale: 5,000 topics x 3 partitions. The API (Metadata + ListOffsets + DescribeLogDirs +
// DescribeConfigs, all batched) against `kcat -L` (metadata only), and the /topics page in Chromium: time
// to the first rendered row, and scrolling the virtualized table end to end.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { median, p95, time } from '../bench-stats.mjs';

export const name = 'Topic list at 5,000 topics';
export const description =
  '5,000 topics x 3 partitions (15,000 partitions) on one broker. `GET /api/topics` returns every topic with partitions, ' +
  'replication, under-replicated count, watermarks (messages), size on disk and cleanup policy; the peer is `kcat -L -J` ' +
  '(metadata only: less work than ours). 10 sequential calls after 2 warm-ups. The warm-ups fill the 60 s cleanup.policy cache, so the timed calls measure a warm cache (as a user refreshing the page sees it). First render: a new, idle browser tab ' +
  'navigates to /topics (Chromium, production build) until the first topic row is on screen, 5 runs after a warm-up; the page is rendered on the server with the first screen of the list (lib/list-views.ts), and the browser fetches the rest. Scroll: the ' +
  'virtualized table scrolled from top to bottom in 50 steps, time per step including two animation frames.';
export const target = 'API median at most 1 s; first render at most 1.5 s (issue 3)';

const TOPICS = 5000;
const f = (x) => Math.round(x);

export async function run({ kafka, baseUrl, bootstrap }) {
  const admin = kafka.admin();
  await admin.connect();
  const t0 = Date.now();
  for (let i = 0; i < TOPICS; i += 250) {
    await admin.createTopics({
      waitForLeaders: false,
      topics: Array.from({ length: Math.min(250, TOPICS - i) }, (_, j) => ({
        topic: `bench.topics.${String(i + j).padStart(5, '0')}`,
        numPartitions: 3,
      })),
    });
  }
  // A few messages in some topics, so watermarks and sizes are not all zero.
  const producer = kafka.producer();
  await producer.connect();
  for (let i = 0; i < 50; i++)
    await producer.send({
      topic: `bench.topics.${String(i * 100).padStart(5, '0')}`,
      messages: Array.from({ length: 30 }, (_, k) => ({ value: `message ${k}`, partition: k % 3 })),
    });
  await producer.disconnect();
  await admin.disconnect();
  // Ready when our API sees every topic with a leader for every partition.
  for (;;) {
    const r = await fetch(`${baseUrl}/api/clusters/default/topics`).then((x) => (x.ok ? x.json() : null));
    const ours = r?.topics.filter((t) => t.name.startsWith('bench.topics.'));
    if (ours?.length === TOPICS && ours.every((t) => t.offline === 0)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`   created ${TOPICS} topics in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  let bytes = 0;
  const api = await time(10, 2, async () => {
    const r = await fetch(`${baseUrl}/api/clusters/default/topics`);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const text = await r.text();
    bytes = text.length;
    if (JSON.parse(text).topics.length < TOPICS) throw new Error('topic list missed topics');
  });
  const peer = await time(10, 2, async () => {
    execFileSync('kcat', ['-b', bootstrap, '-L', '-J'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const renders = [];
  let scroll = [];
  try {
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      // An open, idle tab, as a user has: Chromium's start-up of the new renderer is not part of the page.
      await page.goto('about:blank');
      await page.waitForTimeout(1000);
      const t = performance.now();
      await page.goto(`${baseUrl}/c/default/topics`, { waitUntil: 'commit' });
      await page
        .getByTestId('topics-table')
        .getByRole('link')
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 });
      const ms = performance.now() - t;
      if (i > 0) renders.push(ms); // the first run warms the server's compiled routes and the browser
      if (i === 5) {
        // The page has the first screen; scroll once the browser has the rest.
        await page.getByTestId('topic-count').filter({ hasText: / of / }).waitFor({ timeout: 30_000 });
        scroll = await page.evaluate(async () => {
          const el = document.querySelector('[data-testid="topics-table"]');
          const steps = [];
          for (let s = 1; s <= 50; s++) {
            const t = performance.now();
            el.scrollTop = (el.scrollHeight * s) / 50;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            steps.push(performance.now() - t);
          }
          return steps;
        });
        const last = await page.getByTestId('topics-table').getByRole('link').last().textContent();
        if (last !== `bench.topics.0${TOPICS - 1}`)
          throw new Error(`scrolled to ${last}, not the last topic`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [
    {
      metric: 'API median',
      ours: f(median(api)),
      peer: f(median(peer)),
      unit: 'ms',
      note: `${(bytes / 1e6).toFixed(1)} MB JSON`,
    },
    { metric: 'API p95', ours: f(p95(api)), peer: f(p95(peer)), unit: 'ms' },
    {
      metric: '/topics first row, median of 5',
      ours: f(median(renders)),
      unit: 'ms',
      note: `max ${f(Math.max(...renders))} ms`,
    },
    {
      metric: 'scroll step (2 frames), median',
      ours: f(median(scroll)),
      unit: 'ms',
      note: `p95 ${f(p95(scroll))} ms, 50 steps over ${TOPICS} rows`,
    },
  ];
}
