import 'server-only';
import { processSlot } from '@/lib/process-state';
import { getCluster } from '@/lib/kafka/base/client';
import { closeLane } from '@/lib/kafka/wire/internals';

// One extra connection ("lane") per concurrent read, reused: a long-poll of one viewer must not hold up
// another's. Lanes 1-9 are the topic list's and the shared lag history's (8).
const lanes = processSlot('read-lanes', () => ({ free: [] as number[], next: 10, active: 0 }));
// Idle lanes keep their connections for the next read, up to this many: a burst of viewers (tabs opening
// and closing, measured in stream-leaks.int.test.ts) must not leave a socket per lane it ever used.
const IDLE_LANES_KEPT = 4;

export const acquireLane = () => {
  lanes.active++;
  lanes.free.sort((a, b) => b - a); // the lowest number last: the lanes most likely still connected
  return lanes.free.pop() ?? lanes.next++;
};

export const releaseLane = (n: number) => {
  lanes.active--;
  lanes.free.push(n);
  if (lanes.free.length <= IDLE_LANES_KEPT) return;
  // Out of the free list while their connections close, so no read can pick one up half closed.
  const idle = [...lanes.free].sort((a, b) => a - b).slice(IDLE_LANES_KEPT);
  lanes.free = lanes.free.filter((x) => !idle.includes(x));
  void getCluster()
    .then((cluster) =>
      Promise.all(
        Object.values(cluster.brokerPool.brokers ?? {}).flatMap((b) =>
          idle.map((lane) => closeLane(b, lane)),
        ),
      ),
    )
    .catch(() => {}) // a cluster that is gone closes its connections anyway
    .finally(() => lanes.free.push(...idle));
};

/** How many reads are running right now (tests check that a closed stream leaves none). */
export const activeReads = () => lanes.active;
