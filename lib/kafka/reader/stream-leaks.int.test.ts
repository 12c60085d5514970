import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as messagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { activeReads } from './read';
import { resetConnections } from '@/lib/kafka/base/client';
import { seedTopic, testKafka, uniqueName } from '@/test/kafka';
import { readEvents } from '@/test/sse';
import { pollUntil } from '@/test/poll';

// 200 connect/disconnect cycles of the live stream (10 at a time, as tabs opening and closing) leave no
// reader running, and open sockets and memory come back to where they were.

const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('leaks');
const CYCLES = 200;
const AT_ONCE = 10;

beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 3, count: 300 });
});
afterAll(async () => {
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
});

const openFds = () => fs.readdirSync('/proc/self/fd').length;
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
/** Every read ended, and the sockets of lanes beyond the idle ones closed. */
async function settle() {
  await pollUntil(activeReads, (n) => n === 0, { timeout: 10_000, interval: 50 });
  // then until no socket opens or closes between two looks
  let previous = -1;
  const steady = (n: number) => {
    const same = n === previous;
    previous = n;
    return same;
  };
  await pollUntil(openFds, steady, { timeout: 2_000, interval: 150 });
}

/** Open a live stream, wait until it is following, then close it the way a closed tab does. */
async function cycle() {
  const controller = new AbortController();
  const res = await messagesRoute(
    new NextRequest(`http://localhost/api/topics/${topic}/messages?start=newest&max=20&follow=1`, {
      signal: controller.signal,
    }),
    { params: Promise.resolve({ topic }) },
  );
  await readEvents(res, {
    until: (e) => e.event === 'phase' && (e.data as { phase: string }).phase === 'live',
  });
  controller.abort();
}

describe('live stream cycles', () => {
  it(`${CYCLES} open/close cycles leave no reader, sockets and memory back to baseline`, async () => {
    // Warm-up: the first batch opens the pooled connections that later reads reuse.
    await Promise.all(Array.from({ length: AT_ONCE }, cycle));
    await settle();
    const fds0 = openFds();
    const heap0 = heapMb();
    for (let i = 0; i < CYCLES; i += AT_ONCE) await Promise.all(Array.from({ length: AT_ONCE }, cycle));
    await settle();
    expect(activeReads()).toBe(0);
    const fds1 = openFds();
    const heap1 = heapMb();
    console.log(
      `leaks: ${CYCLES} cycles; open fds ${fds0} -> ${fds1}; heap ${heap0.toFixed(1)} -> ${heap1.toFixed(1)} MB` +
        ((globalThis as { gc?: unknown }).gc ? ' (after gc)' : ' (no forced gc)'),
    );
    expect(fds1).toBeLessThanOrEqual(fds0 + 3);
    expect(heap1 - heap0).toBeLessThan(20); // generous: the lag history and caches may grow a little
  });
});
