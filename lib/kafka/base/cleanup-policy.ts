import 'server-only';
import { ConfigResourceTypes } from 'kafkajs';
import { clusterSlot } from '@/lib/clusters/context';
import { getAdmin } from './client';

// cleanup.policy per topic, cached: describing the configs of thousands of topics is the most expensive
// part of the list, and the policy rarely changes. Entries expire after POLICY_TTL_MS; our own edits
// (create, config change, delete) drop the topic's entry at once, so only changes made with other tools can
// show up to a minute late.
const POLICY_TTL_MS = 60_000;
const policyCache = () =>
  clusterSlot('cleanup-policies', () => new Map<string, { policy: string; at: number }>());
export const forgetCleanupPolicy = (topic: string) => policyCache().delete(topic);

/** cleanup.policy of each named topic (from the cache when fresh). */
export async function cleanupPolicies(names: string[]) {
  const now = Date.now();
  const policies = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const hit = policyCache().get(name);
    if (hit && now - hit.at < POLICY_TTL_MS) policies.set(name, hit.policy);
    else missing.push(name);
  }
  if (!missing.length) return policies;
  const admin = await getAdmin();
  const res = await admin.describeConfigs({
    includeSynonyms: false,
    resources: missing.map((name) => ({
      type: ConfigResourceTypes.TOPIC,
      name,
      configNames: ['cleanup.policy'],
    })),
  });
  for (const r of res.resources) {
    const policy = r.configEntries[0]?.configValue ?? 'delete';
    policies.set(r.resourceName, policy);
    policyCache().set(r.resourceName, { policy, at: now });
  }
  return policies;
}
