'use client';
import { useTranslations } from 'next-intl';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { useGroupQuery, useGroupsQuery } from '@/lib/api/groups';
import { useTopicQuery, useTopicsQuery } from '@/lib/api/topics';
import { formatNumber } from '@/lib/format';
import type { TermKey } from '@/lib/glossary';

// /learn with the cluster's own data: each term, where the cluster has an instance of it, gets a sentence
// about that instance ("demo.orders has 6 partitions; its leader for partition 0 is broker 1"). The topic
// is the one the most-lagging group reads (else the topic with most records), so the sentences about
// offsets, commits and lag all speak of the same partition.

export type Examples = Partial<Record<TermKey, string>>;

export function useClusterExamples(): Examples {
  const t = useTranslations('learnExamples');
  const overview = useClusterOverviewQuery().data;
  const groups = useGroupsQuery().data?.groups ?? [];
  const topics = useTopicsQuery().data?.topics ?? [];
  const group = [...groups].sort((a, b) => b.lag - a.lag).find((g) => g.topics.length > 0);
  const fallback = [...topics].filter((x) => !x.internal).sort((a, b) => b.messages - a.messages)[0];
  const topicName = group?.topics[0] ?? fallback?.name ?? '';
  const topic = useTopicQuery(topicName, { enabled: topicName !== '' }).data;
  const detail = useGroupQuery(group?.groupId ?? '', { enabled: group !== undefined }).data;

  const out: Examples = {};
  const n = formatNumber;
  if (overview?.controller.id !== undefined && overview.controller.id !== null)
    out.controller = t('controller', { id: overview.controller.id, brokers: overview.brokers.length });
  const p0 = topic?.partitionList[0];
  if (topic && p0) {
    out.partition = t('partition', { topic: topic.name, n: topic.partitions, leader: p0.leader });
    out.leader = t('leader', { topic: topic.name, leader: p0.leader });
    out.replica = t('replica', {
      topic: topic.name,
      replicas: p0.replicas.join(', '),
      rf: topic.replicationFactor,
    });
    out.isr = t('isr', {
      isr: p0.isr.join(', '),
      under: String(p0.isr.length < p0.replicas.length),
    });
    out['low-watermark'] = t('low', { topic: topic.name, low: n(p0.low) });
    out['high-watermark'] = t('high', { topic: topic.name, high: n(p0.high), count: n(p0.high - p0.low) });
    out.offset = t('offset', { topic: topic.name, high: n(p0.high) });
  }
  if (detail) {
    out['consumer-group'] = t('group', {
      group: detail.groupId,
      topics: detail.topics.map((x) => x.topic).join(', '),
      members: detail.members.length,
    });
    const m = detail.members[0];
    if (m) out.member = t('member', { group: detail.groupId, n: detail.members.length, client: m.clientId });
    const tp = detail.topics.find((x) => x.topic === topicName) ?? detail.topics[0];
    const p = tp?.partitions.find((x) => x.committed !== null);
    if (tp && p && p.committed !== null) {
      out['committed-offset'] = t('committed', {
        group: detail.groupId,
        committed: n(p.committed),
        partition: p.partition,
        topic: tp.topic,
      });
      out.lag = t('lag', { end: n(p.end), lag: n(p.lag ?? 0), total: n(detail.lag) });
    }
  }
  return out;
}
