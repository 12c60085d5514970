import 'server-only';
import { ConfigResourceTypes } from 'kafkajs';
import { clusterSlot } from '@/lib/clusters/context';
import { getAdmin } from './client';

// cleanup.policy per topic, cached: describing the configs of thousands of topics is the most expensive
// part of the list, and the policy rarely changes. An entry older than POLICY_TTL_MS is still shown while it
// is asked again in the background (a list never waits for a refresh); our own edits (create, config change,
// delete) drop the topic's entry at once, so only changes made with other tools can show up a minute late.
// Asked in requests of BATCH topics, PARALLEL at a time: one DescribeConfigs of 20,000 topics took 11 s (the
// list's 10 s bound ran out, so a fresh server's first list failed), 10 of 2,000 three at a time 1.3 s.
const POLICY_TTL_MS = 60_000;
const BATCH = 2000;
const PARALLEL = 3;
const state = () =>
  clusterSlot('cleanup-policies', () => ({
    cache: new Map<string, { policy: string; at: number }>(),
    /** When (in `seq`) our own edit dropped a topic's entry: an answer asked for before that is not kept. */
    forgotAt: new Map<string, number>(),
    seq: 0,
    refreshing: false,
  }));
export function forgetCleanupPolicy(topic: string) {
  const s = state();
  s.cache.delete(topic);
  s.forgotAt.set(topic, ++s.seq);
}

/** Ask the brokers for these topics' policies and cache them. */
async function describe(names: string[]) {
  const admin = await getAdmin();
  const s = state();
  const { cache, forgotAt } = s;
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH));
  const worker = async () => {
    for (let b = batches.shift(); b; b = batches.shift()) {
      const at = Date.now();
      const asked = ++s.seq;
      const res = await admin.describeConfigs({
        includeSynonyms: false,
        resources: b.map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: ['cleanup.policy'],
        })),
      });
      for (const r of res.resources) {
        const name = r.resourceName;
        if ((forgotAt.get(name) ?? -1) > asked) continue;
        forgotAt.delete(name);
        cache.set(name, { policy: r.configEntries[0]?.configValue ?? 'delete', at });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
}

/** cleanup.policy of each named topic: cached ones at once (refreshed in the background when old). */
export async function cleanupPolicies(names: string[]) {
  const now = Date.now();
  const s = state();
  const missing: string[] = [];
  const old: string[] = [];
  for (const name of names) {
    const hit = s.cache.get(name);
    if (!hit) missing.push(name);
    else if (now - hit.at >= POLICY_TTL_MS) old.push(name);
  }
  if (old.length && !s.refreshing) {
    s.refreshing = true;
    void describe(old)
      .catch(() => {}) // the old entries stay; the next list asks again
      .finally(() => (s.refreshing = false));
  }
  if (missing.length) await describe(missing);
  const policies = new Map<string, string>();
  for (const name of names) {
    const hit = s.cache.get(name);
    if (hit) policies.set(name, hit.policy);
  }
  return policies;
}
