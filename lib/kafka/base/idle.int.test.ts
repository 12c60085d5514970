import { createHook } from 'node:async_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { getAdmin, getCluster, resetConnections } from '@/lib/kafka/base/client';

// An idle server must let the event loop sleep. kafkajs 2.2.4's request queue re-armed a timer with a
// negative delay whenever nothing was pending (about every millisecond, per connection, forever; Node 24
// prints TimeoutNegativeWarning for each) and ran its request-timeout check every 100 ms for the life of
// each connection. patches/kafkajs+2.2.4.patch fixes both at the source; this counts what wakes the loop.

afterAll(() => resetConnections());

/** How many timer callbacks ran during `ms` of doing nothing, and how many negative-delay timers were set. */
async function wakeUps(ms: number) {
  const timers = new Set<number>();
  let fired = 0;
  const hook = createHook({
    init(id, type) {
      if (type === 'Timeout') timers.add(id);
    },
    before(id) {
      if (timers.has(id)) fired++;
    },
  });
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.name);
  process.on('warning', onWarning);
  hook.enable();
  await new Promise<void>((resolve) => {
    // Our own timer, created before the hook saw anything else: counted once, at the end.
    setTimeout(resolve, ms);
  });
  hook.disable();
  process.off('warning', onWarning);
  return { fired, warnings };
}

describe('kafkajs connections at rest', () => {
  it('wake the event loop only a few times in 10 s of idleness, and set no negative timeouts', async () => {
    // Connections to every broker, each having answered requests (admin and the raw cluster the reader uses).
    const admin = await getAdmin();
    await admin.listTopics();
    await admin.describeCluster();
    const cluster = await getCluster();
    await cluster.refreshMetadata();
    // Let the last responses settle before counting.
    await new Promise((r) => setTimeout(r, 200));

    const idle = await wakeUps(10_000);
    // Unpatched: over 5,000 (a 1 ms re-armed timer per connection, plus 10 checks a second each).
    expect(idle.fired).toBeLessThan(20);
    expect(idle.warnings).not.toContain('TimeoutNegativeWarning');

    // Still working afterwards: a request after the idle time is answered (the timeout check starts again).
    expect(Array.isArray(await admin.listTopics())).toBe(true);
  }, 30_000);
});
