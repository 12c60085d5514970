import 'server-only';
import { clusterSlot } from '@/lib/clusters/context';
import {
  STATUS_WINDOW,
  catchUp,
  partitionStatus,
  ratePerSecond,
  windowOf,
  worstStatus,
  type LagStatus,
} from '@/lib/lag';
import type { TopicConsumers } from '@/lib/schemas/groups';
import type { GroupDetail, GroupHistory, GroupList, GroupSummary } from '@/lib/types';
import { kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { collectGroup, collectGroups, type GroupsState, type RawGroup } from './data';
import {
  commitSamples,
  endSamples,
  groupTotals,
  type GroupTotals,
  historyInfo,
  historyTopics,
  partitionLag,
  record,
  series,
  trend,
} from './history';
import { describeOne } from '@/lib/kafka/base/metadata';
import { groupEvents } from './rebalances';
import { isLeader, joinSharedHistory, ownsTotals, persist, storeInfo } from './store';
import { tpKey } from '@/lib/kafka/base/tp';

// Consumer groups with their lag: list, detail and history, computed from the batched raw state
// (groups-data.ts) and the in-memory lag history (lag-history.ts).

const TREND_POINTS = 30;
/** Rates are measured over this window of samples. */
const RATE_WINDOW_MS = 5 * 60_000;

/** Every group, with each group's totals as recorded in the history for this sample. */
type SampledGroups = GroupsState & { totals: Map<string, GroupTotals> };
const pass = () =>
  clusterSlot('groups-pass', () => ({
    inflight: null as Promise<SampledGroups> | null,
    last: null as SampledGroups | null,
  }));

/**
 * Every group, sampled into the history. Concurrent callers (pages, the sampler, metrics) share one pass.
 * With `maxAgeMs`, the last pass if it is that recent (see listTopics).
 */
export function currentGroups({ maxAgeMs = 0 } = {}): Promise<SampledGroups> {
  const g = pass();
  if (g.last && Date.now() - g.last.at <= maxAgeMs) return Promise.resolve(g.last);
  g.inflight ??= withKafka(collectGroups)
    .then((state) => {
      const totals = record(state, true, { ownTotals: ownsTotals() });
      if (isLeader()) void persist(state.at, totals).catch(() => {}); // the next sample writes again
      return (g.last = { ...state, totals });
    })
    .finally(() => {
      g.inflight = null;
    });
  return g.inflight;
}

const hasMembers = (grp: RawGroup) => grp.members.length > 0;

function statusOf(
  grp: RawGroup,
  topic: string,
  partition: number,
  end: number,
  committed: number,
): LagStatus {
  const now = Date.now();
  const windowMs = STATUS_WINDOW * kafkaConfig().lagSampleMs;
  const { samples: commits, full } = windowOf(commitSamples(grp.groupId, topic, partition), windowMs, now);
  const ends = endSamples(topic, partition);
  // lag at each commit sample: the end offset sampled at (about) the same moment minus the commit
  // Both series are in time order: one pass over each (this runs for every partition of every group).
  let j = 0;
  const lags = commits.map((c) => {
    while (j < ends.length && ends[j]!.t <= c.t + 500) j++;
    return Math.max(0, (j > 0 ? ends[j - 1]!.v : end) - c.v);
  });
  if (!commits.length || commits[commits.length - 1]!.v !== committed) {
    commits.push({ t: now, v: committed });
    lags.push(Math.max(0, end - committed));
  }
  return partitionStatus({ commits: commits.map((c) => c.v), lags, hasMembers: hasMembers(grp), full });
}

function topicsOf(grp: RawGroup) {
  const topics = new Set<string>();
  for (const o of grp.offsets.values()) topics.add(o.topic);
  for (const m of grp.members) for (const a of m.assignment) topics.add(a.topic);
  return [...topics].sort();
}

function summarize(grp: RawGroup, state: SampledGroups): GroupSummary {
  const { all } = state.totals.get(grp.groupId) ?? groupTotals(grp, state.ends, state.at);
  const statuses: LagStatus[] = [];
  for (const o of grp.offsets.values()) {
    const end = state.ends.get(tpKey(o.topic, o.partition));
    if (end !== undefined) statuses.push(statusOf(grp, o.topic, o.partition, end, o.offset));
  }
  return {
    groupId: grp.groupId,
    state: grp.state,
    protocol: grp.protocol,
    coordinator: grp.coordinator,
    members: grp.members.length,
    topics: topicsOf(grp),
    partitions: grp.offsets.size,
    lag: all.lag,
    lagSeconds: all.seconds === null ? null : Math.round(all.seconds * 10) / 10,
    lagSecondsEstimated: all.estimated,
    status: worstStatus(statuses),
    trend: trend(grp.groupId, TREND_POINTS),
  };
}

// GET /api/groups
export async function listGroups({ maxAgeMs = 0 } = {}): Promise<GroupList> {
  const state = await currentGroups({ maxAgeMs });
  return {
    groups: state.groups
      .map((grp) => summarize(grp, state))
      .sort((a, b) => a.groupId.localeCompare(b.groupId)),
    ...historyInfo(),
    ...storeInfo(),
  };
}

/** The furthest-behind of the partitions whose lag in time is known (null when none is). */
const maxKnown = (xs: (number | null)[]) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.max(...known) : null;
};
const round = (n: number | null, d = 10) => (n === null ? null : Math.round(n * d) / d);

// GET /api/groups/:group
export async function groupDetail(groupId: string): Promise<GroupDetail> {
  const state = await withKafka(() => collectGroup(groupId));
  record(state, false, { ownTotals: ownsTotals() });
  const grp = state.group;
  const now = state.at;
  const owners = new Map<string, { memberId: string; clientId: string }>();
  for (const m of grp.members)
    for (const a of m.assignment)
      for (const p of a.partitions)
        owners.set(tpKey(a.topic, p), { memberId: m.memberId, clientId: m.clientId });

  const topics = topicsOf(grp).map((topic) => {
    const parts = new Set<number>();
    for (const o of grp.offsets.values()) if (o.topic === topic) parts.add(o.partition);
    for (const m of grp.members)
      for (const a of m.assignment) if (a.topic === topic) a.partitions.forEach((p) => parts.add(p));
    const partitions = [...parts]
      .sort((a, b) => a - b)
      .flatMap((partition) => {
        const k = tpKey(topic, partition);
        const end = state.ends.get(k);
        if (end === undefined) return []; // the topic was deleted; its offsets stay until they expire
        const committed = grp.offsets.get(k)?.offset ?? null;
        const l = committed === null ? null : partitionLag(topic, partition, committed, end, now);
        // A committed offset that went back (a reset) is no consumption: no rate until it moves forward.
        const cr = ratePerSecond(commitSamples(groupId, topic, partition), RATE_WINDOW_MS, now);
        const consumeRate = cr !== null && cr < 0 ? null : cr;
        const produceRate = ratePerSecond(endSamples(topic, partition), RATE_WINDOW_MS, now);
        return [
          {
            partition,
            committed,
            end,
            lag: l?.lag ?? null,
            lagSeconds: round(l?.seconds ?? null),
            lagSecondsEstimated: l?.estimated ?? false,
            consumeRate: round(consumeRate, 100),
            produceRate: round(produceRate, 100),
            catchUpSeconds: l ? catchUp(l.lag, consumeRate, produceRate) : null,
            status:
              committed === null ? ('UNKNOWN' as const) : statusOf(grp, topic, partition, end, committed),
            owner: owners.get(k) ?? null,
          },
        ];
      });
    const sum = (f: (p: (typeof partitions)[number]) => number | null) =>
      partitions.some((p) => f(p) === null) ? null : partitions.reduce((s, p) => s + (f(p) ?? 0), 0);
    return {
      topic,
      lag: partitions.reduce((s, p) => s + (p.lag ?? 0), 0),
      lagSeconds: maxKnown(partitions.map((p) => p.lagSeconds)),
      consumeRate: round(
        sum((p) => p.consumeRate),
        100,
      ),
      produceRate: round(
        sum((p) => p.produceRate),
        100,
      ),
      status: worstStatus(partitions.map((p) => p.status)),
      partitions,
    };
  });
  return {
    groupId,
    state: grp.state,
    protocol: grp.protocol,
    assignor: grp.assignor,
    coordinator: grp.coordinator,
    members: grp.members,
    lag: topics.reduce((s, t) => s + t.lag, 0),
    lagSeconds: maxKnown(topics.map((t) => t.lagSeconds)),
    status: worstStatus(topics.map((t) => t.status)),
    topics,
    events: groupEvents(groupId),
    ...historyInfo(),
    ...storeInfo(),
  };
}

// GET /api/groups/:group/history
export async function groupHistory(groupId: string): Promise<GroupHistory> {
  // From memory: the group's page samples it with every detail call. Only a group with no history yet is
  // asked of Kafka (404 when it does not exist; otherwise this is its first sample).
  let topics = historyTopics(groupId);
  if (topics === null) {
    const state = await withKafka(() => collectGroup(groupId));
    record(state, false, { ownTotals: ownsTotals() });
    topics = topicsOf(state.group);
  }
  return {
    groupId,
    series: [null, ...topics].map((topic) => ({ topic, points: series(groupId, topic) })),
    ...historyInfo(),
    ...storeInfo(),
  };
}

// GET /api/topics/:topic/consumers - the groups with committed offsets on one topic, and their lag
export async function topicConsumers(name: string): Promise<TopicConsumers> {
  await withKafka(() => describeOne(name)); // 404 for unknown topics
  const state = await currentGroups();
  const groups = state.groups.flatMap((grp) => {
    const offsets = [...grp.offsets.values()].filter((o) => o.topic === name);
    if (!offsets.length) return [];
    const partitions = offsets
      .map((o) => {
        const end = state.ends.get(tpKey(name, o.partition)) ?? o.offset;
        return { partition: o.partition, committed: o.offset, end, lag: Math.max(0, end - o.offset) };
      })
      .sort((a, b) => a.partition - b.partition);
    return [
      {
        groupId: grp.groupId,
        state: grp.state,
        members: grp.members.length,
        lag: partitions.reduce((s, p) => s + p.lag, 0),
        partitions,
      },
    ];
  });
  return { topic: name, groups: groups.sort((a, b) => b.lag - a.lag || a.groupId.localeCompare(b.groupId)) };
}

const sampler = () => clusterSlot('lag-sampler', () => ({ timer: null as NodeJS.Timeout | null }));
/**
 * Start this cluster's lag history (idempotent): join the history shared through Kafka (store.ts), whose
 * chosen instance samples every group on an interval (KAFSCOPE_LAG_SAMPLE_MS); the others follow it.
 */
export function startLagSampler() {
  try {
    kafkaConfig();
  } catch {
    return; // misconfigured: every API call already says so
  }
  joinSharedHistory(sampleHere);
}

function sampleHere(on: boolean) {
  const s = sampler();
  if (!on) {
    if (s.timer) clearInterval(s.timer);
    s.timer = null;
    return;
  }
  if (s.timer) return;
  const interval = kafkaConfig().lagSampleMs;
  const tick = () => void currentGroups().catch(() => {}); // cluster down: the next tick tries again
  s.timer = setInterval(tick, interval);
  s.timer.unref?.();
  tick();
}
