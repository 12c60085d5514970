// Scale where peers fail (issue 17): 20,000 topics and 10,000 groups. A cluster of its own
// ("bench-scale", three nodes from 127.0.0.1:12392, wiped before and after) and its own production server (3203),
// so the other cases keep their figures. Kafbat UI froze at 9k topics and 2.2k groups, AKHQ answered 504 at
// 10k groups; the peers here are kcat -L (metadata only) and Kafka's own kafka-consumer-groups --list.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { median, p95, time } from '../bench-stats.mjs';
import { offsetCommitter } from '../bench-commit.mjs';
import { getJson, getOnce as get } from './http.mjs';
import { consumerGroupsTool } from './peers.mjs';
import { layout, start, stop, wipe } from '../kafka/broker.mjs';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');

export const name = 'Scale: 20,000 topics and 10,000 groups';
export const description =
  'A cluster of its own (3 brokers of 1 GB heap: a broker holds a file open per partition and this machine allows 20,000 per process) with 20,000 topics of 1 partition (a few messages in 1,000 of them) and 10,000 ' +
  'consumer groups, each with offsets committed on 2 topics (lag on many); a production server of its own with the ' +
  'defaults (lag history sampled every 30 s over all 10,000 groups). API: 5 sequential calls after 1 warm-up; the ' +
  'peers are `kcat -L -J` (metadata only) and `kafka-consumer-groups --list` (names only; includes the JVM start). ' +
  'Pages in Chromium, a fresh context after an idle blank tab, 3 loads after 1 warm-up: navigation until the first ' +
  'row shows, then typing a name into the search until the list shows only that row. Group detail: ' +
  '`GET /api/groups/:id`, 10 after 2. Memory: the server process RSS, peak while measuring.';
export const target =
  'topic list API at most 1.5 s, group list API at most 2 s, their pages usable at most 2.5 s, a group detail at most 300 ms (issue 17)';

// Three brokers, not one: a broker keeps a file open per partition, and this machine allows a process 20,000
// open files (hard limit), so one broker with 20,000 partitions died. 1 GB heap each.
export const SCALE = { name: 'bench-scale', nodes: 3, port: 2392, heap: '1g' }; // 12392, 22392, 32392: below the ephemeral ports
const TOPICS = 20_000;
const GROUPS = 10_000;
const PORT = 3203;
const f = (x) => Math.round(x);
const topic = (i) => `scale.t${String(i).padStart(5, '0')}`;
const groupId = (g) => `scale.g${String(g).padStart(5, '0')}`;
const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

export async function fill(kafka) {
  const admin = kafka.admin();
  await admin.connect();
  for (let i = 0; i < TOPICS; i += 1000)
    await admin.createTopics({
      waitForLeaders: false,
      timeout: 120_000,
      topics: Array.from({ length: 1000 }, (_, j) => ({
        topic: topic(i + j),
        numPartitions: 1,
        replicationFactor: 1,
      })),
    });
  // Created without waiting for leaders (that would take minutes): wait for those written to.
  const written = Array.from({ length: 1000 }, (_, i) => topic(i * 20));
  for (let i = 0; ; i++) {
    const { topics } = await admin.fetchTopicMetadata({ topics: written }).catch(() => ({ topics: [] }));
    if (topics.length === written.length && topics.every((t) => t.partitions.every((p) => p.leader >= 0)))
      break;
    if (i > 120) throw new Error('the topics written to never got leaders');
    await new Promise((r) => setTimeout(r, 1000));
  }
  await admin.disconnect();
  console.log(`   created ${TOPICS} topics`);
  const producer = kafka.producer({ retry: { retries: 20 } });
  await producer.connect();
  for (let i = 0; i < 1000; i += 100)
    await producer.sendBatch({
      topicMessages: Array.from({ length: 100 }, (_, k) => ({
        topic: topic((i + k) * 20),
        messages: Array.from({ length: 10 }, (_, m) => ({ value: `m${m}` })),
      })),
    });
  await producer.disconnect();
  const { commit, close } = await offsetCommitter(kafka);
  for (let g = 0; g < GROUPS; g += 100)
    await Promise.all(
      Array.from({ length: 100 }, (_, k) => {
        const i = g + k;
        return commit(
          groupId(i),
          [topic((i % 1000) * 20), topic((i * 7) % TOPICS)].map((t) => ({
            topic: t,
            partitions: [{ partition: 0, offset: String(i % 7) }],
          })),
        );
      }),
    );
  await close();
}

async function pageTimes(browser, url, row, search, only) {
  const out = { shown: [], filtered: [] };
  for (let i = 0; i < 4; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(1000);
    const t = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await row(page).first().waitFor({ state: 'visible', timeout: 60_000 });
    const shown = performance.now() - t;
    const t2 = performance.now();
    await search(page).fill(only);
    await row(page).filter({ hasText: only }).first().waitFor({ state: 'visible', timeout: 30_000 });
    for (let k = 0; k < 100 && (await row(page).count()) !== 1; k++) await page.waitForTimeout(20);
    if ((await row(page).count()) !== 1) throw new Error(`${url}: the search did not narrow to ${only}`);
    if (i > 0) {
      out.shown.push(shown);
      out.filtered.push(performance.now() - t2);
    }
    await context.close();
  }
  return out;
}

export async function run() {
  await stop({ ...SCALE, log: () => {} });
  wipe(SCALE);
  try {
    return await measure(await start(SCALE));
  } catch (e) {
    for (const n of layout(SCALE).nodes) {
      const log = path.join(n.dir, 'kafka.log');
      if (fs.existsSync(log)) console.log(fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n'));
    }
    throw e;
  } finally {
    await stop(SCALE);
    wipe(SCALE);
  }
}

async function measure(bootstrap) {
  const kafka = new Kafka({
    brokers: bootstrap.split(','),
    logLevel: logLevel.NOTHING,
    clientId: 'bench-scale',
  });
  const t0 = Date.now();
  await fill(kafka);
  console.log(`   ${TOPICS} topics and ${GROUPS} groups in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const server = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, KAFKA_BROKERS: bootstrap, KAFSCOPE_AUTH: 'off' },
    },
  );
  const baseUrl = `http://127.0.0.1:${PORT}/c/default`;
  const api = `http://127.0.0.1:${PORT}/api/clusters/default`;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 250);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Ready when the server lists every topic with its leader.
    for (let i = 0; ; i++) {
      const r = await getJson(`${api}/topics`).catch(() => null);
      if (r?.topics.filter((t) => t.name.startsWith('scale.') && t.offline === 0).length === TOPICS) break;
      if (i > 300) throw new Error('the server never listed every topic');
      await new Promise((r) => setTimeout(r, 1000));
    }
    let topicBytes = 0;
    const topics = await time(5, 1, async () => {
      const { text } = await get(`${api}/topics`);
      topicBytes = text.length;
      if (JSON.parse(text).topics.length < TOPICS) throw new Error('topic list missed topics');
    });
    const kcat = await time(5, 1, async () =>
      execFileSync('kcat', ['-b', bootstrap, '-L', '-J'], {
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      }),
    );
    let groupCount = 0;
    const groups = await time(5, 1, async () => {
      groupCount = (await getJson(`${api}/groups`)).groups.filter((g) =>
        g.groupId.startsWith('scale.g'),
      ).length;
    });
    if (groupCount !== GROUPS) throw new Error(`the group list has ${groupCount} groups, not ${GROUPS}`);
    const tool = await time(3, 1, async () =>
      consumerGroupsTool(['--bootstrap-server', bootstrap, '--list']),
    );
    const detail = await time(10, 2, async () => {
      if ((await getJson(`${api}/groups/${groupId(4321)}`)).topics.length !== 2)
        throw new Error('wrong group detail');
    });
    const topicsPage = await pageTimes(
      browser,
      `${baseUrl}/topics`,
      (p) =>
        p
          .getByTestId('topics-table')
          .getByRole('row')
          .filter({ has: p.getByRole('link') }),
      (p) => p.getByPlaceholder(/search/i),
      topic(12345),
    );
    const groupsPage = await pageTimes(
      browser,
      `${baseUrl}/groups`,
      (p) => p.getByTestId('group-row'),
      (p) => p.getByPlaceholder(/search|filter/i),
      groupId(6789),
    );
    const mb = (bytes) => (bytes / 1e6).toFixed(1);
    return [
      {
        metric: 'topic list API median (20,000 topics)',
        ours: f(median(topics)),
        peer: f(median(kcat)),
        unit: 'ms',
        note: `p95 ${f(p95(topics))} ms; ${mb(topicBytes)} MB JSON; peer kcat -L -J (metadata only)`,
      },
      {
        metric: 'group list API median (10,000 groups)',
        ours: f(median(groups)),
        peer: f(median(tool)),
        unit: 'ms',
        note: `p95 ${f(p95(groups))} ms; peer kafka-consumer-groups --list (names only, JVM start included)`,
      },
      {
        metric: 'group detail median (of 10,000)',
        ours: f(median(detail)),
        unit: 'ms',
        note: `p95 ${f(p95(detail))} ms`,
      },
      ...[
        ['topics', topicsPage],
        ['groups', groupsPage],
      ].flatMap(([label, t]) => [
        {
          metric: `/${label} page: first row shown (median of 3)`,
          ours: f(median(t.shown)),
          unit: 'ms',
          note: `max ${f(Math.max(...t.shown))} ms`,
        },
        {
          metric: `/${label} page: search narrowed to one row (median of 3)`,
          ours: f(median(t.filtered)),
          unit: 'ms',
          note: `from typing the name; max ${f(Math.max(...t.filtered))} ms`,
        },
      ]),
      {
        metric: 'server RSS, peak',
        ours: f(peak),
        unit: 'MB',
        note: `${f(rssMb(server.pid))} MB at the end`,
      },
    ];
  } finally {
    clearInterval(sampler);
    await browser.close();
    server.kill();
  }
}
