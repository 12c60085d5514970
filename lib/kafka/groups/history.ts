import 'server-only';
import { clusterSlot } from '@/lib/clusters/context';
import { lagSeconds, type Sample } from '@/lib/lag';
import { kafkaConfig } from '@/lib/kafka/base/client';
import type { GroupsState, RawGroup } from './data';
import { provideTopicConsumers, type TopicConsumers } from '@/lib/kafka/base/consumers';
import { tpKey } from '@/lib/kafka/base/tp';
import { observe } from './rebalances';

// Lag history: end offsets per partition and committed offsets per group and partition, sampled over time
// into fixed-size rings in this server's memory (so it starts when the server started and is lost on
// restart). Samples come from the sampler's interval and from every groups call, at most one per second.
// Memory is bounded by the ring size times the number of series; series not seen for a whole ring's span
// are dropped.

class Ring {
  private t: Float64Array;
  private v: Float64Array;
  private head = 0;
  size = 0;
  constructor(readonly capacity: number) {
    this.t = new Float64Array(capacity);
    this.v = new Float64Array(capacity);
  }
  push(t: number, v: number) {
    this.t[this.head] = t;
    this.v[this.head] = v;
    this.head = (this.head + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }
  get lastT() {
    return this.size ? this.t[(this.head - 1 + this.capacity) % this.capacity]! : -Infinity;
  }
  /** Oldest first; the last `n` only when given. */
  samples(n = this.size): Sample[] {
    const k = Math.min(n, this.size);
    const out: Sample[] = new Array(k);
    for (let i = 0; i < k; i++) {
      const at = (this.head - k + i + this.capacity) % this.capacity;
      out[i] = { t: this.t[at]!, v: this.v[at]! };
    }
    return out;
  }
}

/** A group's (or a group's topic's) total lag over time: messages and seconds (NaN = unknown). */
type LagSeries = { lag: Ring; seconds: Ring };

type History = {
  since: number;
  ends: Map<string, Ring>;
  commits: Map<string, Ring>;
  totals: Map<string, LagSeries>;
  last: GroupsState | null;
  timer?: NodeJS.Timeout;
};

export const history = (): History =>
  clusterSlot('lag-history', () => ({
    since: Date.now(),
    ends: new Map(),
    commits: new Map(),
    totals: new Map(),
    last: null,
  }));

const MIN_GAP_MS = 1000;
const cKey = (group: string, topic: string, partition: number) => `${group}\u0000${tpKey(topic, partition)}`;
/** Key of a total series: the group alone, or the group and one topic. */
export const totalKey = (group: string, topic: string | null = null) =>
  topic === null ? group : `${group}\u0000${topic}`;

function pushTo(map: Map<string, Ring>, key: string, t: number, v: number) {
  let r = map.get(key);
  if (!r) map.set(key, (r = new Ring(kafkaConfig().lagHistorySamples)));
  if (t - r.lastT >= MIN_GAP_MS) r.push(t, v);
}

export const endSamples = (topic: string, partition: number, n?: number): Sample[] =>
  history().ends.get(tpKey(topic, partition))?.samples(n) ?? [];
export const commitSamples = (group: string, topic: string, partition: number, n?: number): Sample[] =>
  history()
    .commits.get(cKey(group, topic, partition))
    ?.samples(n) ?? [];

/** Lag of one committed offset, in messages and seconds, from the history and the end offset now. */
export function partitionLag(topic: string, partition: number, committed: number, end: number, now: number) {
  const lag = Math.max(0, end - committed);
  const s = lagSeconds(endSamples(topic, partition), committed, end, now);
  return { lag, seconds: s.seconds, estimated: s.estimated };
}

/** Totals of a group, overall and per topic: lag summed, lag in seconds the worst partition's. */
export function groupTotals(group: RawGroup, ends: Map<string, number>, now: number) {
  const perTopic = new Map<string, { lag: number; seconds: number | null; estimated: boolean }>();
  for (const o of group.offsets.values()) {
    const end = ends.get(tpKey(o.topic, o.partition));
    if (end === undefined) continue; // topic deleted
    const l = partitionLag(o.topic, o.partition, o.offset, end, now);
    const t = perTopic.get(o.topic) ?? { lag: 0, seconds: null, estimated: false };
    t.lag += l.lag;
    // the furthest-behind partition whose lag in time is known
    if (l.seconds !== null) t.seconds = Math.max(t.seconds ?? 0, l.seconds);
    t.estimated ||= l.estimated && l.lag > 0;
    perTopic.set(o.topic, t);
  }
  const all = { lag: 0, seconds: null as number | null, estimated: false };
  for (const t of perTopic.values()) {
    all.lag += t.lag;
    if (t.seconds !== null) all.seconds = Math.max(all.seconds ?? 0, t.seconds);
    all.estimated ||= t.estimated;
  }
  return { all, perTopic };
}

function pushTotal(key: string, t: number, lag: number, seconds: number | null) {
  const h = history();
  let s = h.totals.get(key);
  if (!s) {
    const n = kafkaConfig().lagHistorySamples;
    h.totals.set(key, (s = { lag: new Ring(n), seconds: new Ring(n) }));
  }
  if (t - s.lag.lastT < MIN_GAP_MS) return;
  s.lag.push(t, lag);
  s.seconds.push(t, seconds ?? NaN);
}

/** Add a sample of these groups (all of them, or one group from its detail page). */
export type GroupTotals = ReturnType<typeof groupTotals>;

/**
 * Add a sample of these groups (all of them, or one group from its detail page). Answers each group's
 * totals as of this sample, so callers need not compute them again.
 */
export function record(
  state: GroupsState,
  all: boolean,
  { ownTotals = true }: { ownTotals?: boolean } = {},
): Map<string, GroupTotals> {
  const h = history();
  const t = state.at;
  const totals = new Map<string, GroupTotals>();
  observe(state.groups, t);
  for (const [k, end] of state.ends) pushTo(h.ends, k, t, end);
  for (const grp of state.groups) {
    for (const o of grp.offsets.values())
      pushTo(h.commits, cKey(grp.groupId, o.topic, o.partition), t, o.offset);
    const g = groupTotals(grp, state.ends, t);
    totals.set(grp.groupId, g);
    // An instance that follows the shared history charts the sampler's totals only (store.ts), so every
    // instance shows the same points.
    if (!ownTotals) continue;
    pushTotal(totalKey(grp.groupId), t, g.all.lag, g.all.seconds);
    for (const [topic, v] of g.perTopic) pushTotal(totalKey(grp.groupId, topic), t, v.lag, v.seconds);
  }
  if (all) {
    h.last = state;
    prune(t);
  }
  return totals;
}

function prune(now: number) {
  const h = history();
  const { lagHistorySamples, lagSampleMs } = kafkaConfig();
  const horizon = now - lagHistorySamples * lagSampleMs;
  for (const m of [h.ends, h.commits]) for (const [k, r] of m) if (r.lastT < horizon) m.delete(k);
  for (const [k, s] of h.totals) if (s.lag.lastT < horizon) h.totals.delete(k);
}

/** A sample of one group's totals from the shared history (store.ts); older than what is here: skipped. */
export function applyShared(
  t: number,
  group: string,
  lag: number,
  seconds: number | null,
  topics: Record<string, [number, number | null]>,
) {
  const h = history();
  if (t < h.since) h.since = t;
  pushTotal(totalKey(group), t, lag, seconds);
  for (const [topic, [l, s]] of Object.entries(topics)) pushTotal(totalKey(group, topic), t, l, s);
}

/** The last `n` total lag values of a group (for sparklines). */
export const trend = (group: string, n: number): number[] =>
  history()
    .totals.get(totalKey(group))
    ?.lag.samples(n)
    .map((s) => s.v) ?? [];

/** The topics a group has history for (sorted), or null when the group has none at all. */
export function historyTopics(group: string): string[] | null {
  const totals = history().totals;
  if (!totals.has(totalKey(group))) return null;
  const prefix = `${group}\u0000`;
  return [...totals.keys()]
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
    .sort();
}

/** A total series as chart points. */
export function series(group: string, topic: string | null) {
  const s = history().totals.get(totalKey(group, topic));
  if (!s) return [];
  const sec = s.seconds.samples();
  return s.lag.samples().map((p, i) => {
    const v = sec[i]?.v;
    return { t: p.t, lag: p.v, seconds: v === undefined || Number.isNaN(v) ? null : v };
  });
}

export const historyInfo = () => ({
  historySince: history().since,
  sampleIntervalMs: kafkaConfig().lagSampleMs,
});
export const lastState = () => history().last;

/** Consuming groups and their total lag per topic, from the last sample of all groups (null before it). */
function consumersByTopic(): TopicConsumers | null {
  const state = lastState();
  if (!state) return null;
  const out = new Map<string, { groups: number; lag: number }>();
  for (const grp of state.groups) {
    const perTopic = new Map<string, number>();
    for (const o of grp.offsets.values()) {
      const end = state.ends.get(tpKey(o.topic, o.partition));
      if (end !== undefined)
        perTopic.set(o.topic, (perTopic.get(o.topic) ?? 0) + Math.max(0, end - o.offset));
    }
    for (const [topic, lag] of perTopic) {
      const t = out.get(topic) ?? { groups: 0, lag: 0 };
      t.groups += 1;
      t.lag += lag;
      out.set(topic, t);
    }
  }
  return out;
}

// The topic list and a topic's page show these; they read them through base/ (topics never import groups).
provideTopicConsumers(consumersByTopic);
