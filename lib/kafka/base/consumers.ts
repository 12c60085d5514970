import 'server-only';
import { processSlot } from '@/lib/process-state';

// Consuming groups and their total lag per topic, for the topic list and a topic's page. The groups feature
// knows them (from the lag sampler's last pass over all groups) and hands them over here, so topics need not
// import groups: features stay apart and meet only in base/.

export type TopicConsumers = Map<string, { groups: number; lag: number }>;

const slot = processSlot('topic-consumers', () => ({ latest: null as (() => TopicConsumers | null) | null }));

/** Called by the groups feature: where the latest consumers per topic come from. */
export function provideTopicConsumers(latest: () => TopicConsumers | null) {
  slot.latest = latest;
}

/** Consumers per topic from the last sample of all groups (null before the first sample). */
export const consumersByTopic = (): TopicConsumers | null => slot.latest?.() ?? null;
