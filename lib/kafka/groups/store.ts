import 'server-only';
import { bindToCluster, clusterSlot } from '@/lib/clusters/context';
import { getAdmin, getProducer, kafkaClient, kafkaConfig } from '@/lib/kafka/base/client';
import { brokerById, describeOne } from '@/lib/kafka/base/metadata';
import { toAppError } from '@/lib/kafka/base/errors';
import { committedRecords } from '@/lib/kafka/wire/batch';
import { onLane } from '@/lib/kafka/wire/internals';
import { applyShared, type GroupTotals } from './history';

// The lag history shared through Kafka (issue 19): every group's totals of each sample are written to a
// topic on the cluster itself (one record per group and sample), and every instance reads that topic back,
// at start and then as it grows. So a restart keeps the history and all instances behind one load balancer
// chart the same points. One instance samples at a time: the member of a consumer group on that topic that
// is assigned its partition (Kafka's own group protocol picks it; no lock of ours); when it stops, the group
// rebalances and another member takes over within the session timeout.
//
// Keys are `<group>\0<slot>` where slot is the sample's interval number modulo the ring size, so compaction
// keeps a ring's worth per group; `delete` retention drops what a deleted group left.

export type StoreRole = 'local' | 'starting' | 'leader' | 'follower';
type Store = {
  role: StoreRole;
  topic: string | null;
  note: string | null;
  next: number;
  tailing: boolean;
};
const store = () =>
  clusterSlot<Store>('lag-store', () => ({
    role: 'starting',
    topic: null,
    note: null,
    next: 0,
    tailing: false,
  }));

const LANE = 8; // a connection of its own for the long-polling tail (lanes 1-9 are not the readers')
const TAIL_WAIT_MS = 5_000;
const SESSION_TIMEOUT_MS = 6_000; // Kafka's lowest by default (group.min.session.timeout.ms)

/** KAFSCOPE_LAG_HISTORY_TOPIC: the topic's name, or `off` to keep the history in this process only. */
export function historyTopic(): string | null {
  const v = (process.env.KAFSCOPE_LAG_HISTORY_TOPIC ?? '').trim();
  if (v.toLowerCase() === 'off') return null;
  return v || '__kafscope-lag-history';
}

/** Where this instance's history comes from, for the groups pages. */
export const storeInfo = () => {
  const s = store();
  return { historyTopic: s.topic, historyRole: s.role, historyNote: s.note };
};
/**
 * Whether this instance charts its own samples: only when it keeps a history of its own. With a shared
 * history every instance, the sampler too, charts what the topic holds (its tail reads a write back within
 * a moment), so a sample that failed to be written is missing everywhere alike, never on one instance only.
 */
export const ownsTotals = () => store().role === 'local';
export const isLeader = () => store().role === 'leader';

/**
 * Join the cluster's shared history (idempotent): create the topic if needed, read it, follow it, and take
 * part in choosing the sampler. `sample(on)` starts or stops this instance's sampler. Without a topic, or
 * when the cluster refuses one, the history stays in this process (the note says why).
 */
export function joinSharedHistory(sampleHere: (on: boolean) => void) {
  const sample = bindToCluster(sampleHere); // called from the group's events, later
  const s = store();
  if (s.role !== 'starting' || s.topic !== null || s.note !== null) return;
  const topic = historyTopic();
  if (!topic) {
    s.role = 'local';
    s.note = 'KAFSCOPE_LAG_HISTORY_TOPIC=off: the history is kept in this server only.';
    sample(true);
    return;
  }
  s.topic = topic;
  void (async () => {
    try {
      await ensureTopic(topic);
      await readUpToEnd(topic);
      void tail(topic);
      await elect(topic, sample);
    } catch (e) {
      s.role = 'local';
      s.note = `The shared history topic ${topic} cannot be used (${toAppError(e).message}); the history is kept in this server only.`;
      sample(true);
    }
  })();
}

async function ensureTopic(topic: string) {
  const { lagSampleMs, lagHistorySamples } = kafkaConfig();
  const span = lagSampleMs * lagHistorySamples;
  const admin = await getAdmin();
  if ((await admin.listTopics()).includes(topic)) return;
  await admin
    .createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 1,
          configEntries: [
            { name: 'cleanup.policy', value: 'compact,delete' },
            { name: 'retention.ms', value: String(Math.max(2 * span, 3_600_000)) },
            { name: 'segment.ms', value: String(Math.max(Math.round(span / 2), 600_000)) },
          ],
        },
      ],
    })
    .catch((e: unknown) => {
      if (toAppError(e).code !== 'conflict') throw e; // another instance made it just now
    });
}

type Stored = {
  t: number;
  group: string;
  lag: number;
  seconds: number | null;
  topics: Record<string, [number, number | null]>;
};

/** Read what the topic has from `next` on, once (waiting up to `waitMs` for something new). */
async function readOnce(topic: string, waitMs: number): Promise<boolean> {
  const s = store();
  const { topic: meta } = await describeOne(topic);
  const leader = meta.partitionMetadata.find((p) => p.partitionId === 0)?.leader ?? -1;
  if (leader < 0) return false;
  const broker = onLane(await brokerById(leader), LANE);
  const res = await broker.fetch({
    isolationLevel: 1,
    maxWaitTime: waitMs,
    minBytes: 1,
    maxBytes: 4 << 20,
    topics: [{ topic, partitions: [{ partition: 0, fetchOffset: String(s.next), maxBytes: 4 << 20 }] }],
  });
  const pd = res.responses[0]?.partitions[0];
  if (!pd) return false;
  if (pd.errorCode === 1) {
    // OFFSET_OUT_OF_RANGE: retention went past us; start again from the oldest kept.
    s.next = 0;
    return true;
  }
  const records = committedRecords(s.next, pd);
  for (const r of records) {
    if (!r.value) continue;
    try {
      const v = JSON.parse(r.value.toString('utf8')) as Stored;
      applyShared(v.t, v.group, v.lag, v.seconds, v.topics);
    } catch {
      /* not ours: skip */
    }
  }
  const last = pd.messages.at(-1);
  if (last) s.next = Math.max(s.next, Number(last.offset) + 1);
  return s.next < Number(pd.highWatermark);
}

async function readUpToEnd(topic: string) {
  while (await readOnce(topic, 0));
}

/** Follow the topic for as long as the process lives (long polls on a connection of their own). */
async function tail(topic: string) {
  const s = store();
  if (s.tailing) return;
  s.tailing = true;
  for (;;) {
    try {
      await readOnce(topic, TAIL_WAIT_MS);
    } catch {
      await new Promise((r) => setTimeout(r, TAIL_WAIT_MS)); // cluster down: try again later
    }
  }
}

/** A member of the sampler group; the one assigned the topic's partition samples. */
async function elect(topic: string, sample: (on: boolean) => void) {
  const s = store();
  const consumer = kafkaClient().consumer({
    groupId: `${topic}.sampler`,
    sessionTimeout: SESSION_TIMEOUT_MS,
    heartbeatInterval: 2_000,
    maxWaitTimeInMs: TAIL_WAIT_MS,
    allowAutoTopicCreation: false,
  });
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    const mine = (e.payload.memberAssignment[topic] ?? []).includes(0);
    s.role = mine ? 'leader' : 'follower';
    sample(mine);
  });
  consumer.on(consumer.events.CRASH, () => {
    s.role = 'follower';
    sample(false);
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: false });
  // The leader reads nothing through the group (the tail reads for every instance): it only holds the
  // partition, and commits nothing.
  await consumer.run({ autoCommit: false, eachBatch: async () => {} });
}

/** The leader writes each sample's totals (one record per group), keyed so compaction keeps a ring. */
export async function persist(t: number, totals: Map<string, GroupTotals>) {
  const s = store();
  if (s.role !== 'leader' || !s.topic || !totals.size) return;
  const { lagSampleMs, lagHistorySamples } = kafkaConfig();
  const slot = Math.floor(t / lagSampleMs) % lagHistorySamples;
  const messages = [...totals].map(([group, g]) => {
    const topics: Stored['topics'] = {};
    for (const [topic, v] of g.perTopic) topics[topic] = [v.lag, v.seconds];
    const value: Stored = { t, group, lag: g.all.lag, seconds: g.all.seconds, topics };
    return { key: `${group}\u0000${slot}`, value: JSON.stringify(value) };
  });
  const producer = await getProducer();
  await producer.send({ topic: s.topic, acks: -1, messages });
}
