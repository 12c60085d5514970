// Kafka terms as the console explains them where they appear (hover or focus) and on /learn. The words are in
// the message files (lib/i18n/messages/<locale>/glossary.json, one entry per key, two or three sentences in
// each language); here is what does not change with the language: the keys (URL fragments on /learn) and
// the part of the Apache Kafka documentation that covers each term.

const DOCS = 'https://kafka.apache.org/documentation/';

const ANCHORS = {
  partition: 'intro_concepts_and_terms',
  offset: 'intro_concepts_and_terms',
  replica: 'replication',
  leader: 'replication',
  isr: 'design_replicatedlog',
  'under-replicated': 'replication',
  'offline-replica': 'replication',
  'low-watermark': 'design_log',
  'high-watermark': 'design_replicatedlog',
  'consumer-group': 'intro_consumers',
  'committed-offset': 'design_consumerposition',
  lag: 'design_consumerposition',
  'lag-time': 'design_consumerposition',
  rebalance: 'consumerconfigs_partition.assignment.strategy',
  'share-group': 'sharegroups',
  retention: 'topicconfigs_retention.ms',
  compaction: 'compaction',
  tombstone: 'compaction',
  key: 'intro_concepts_and_terms',
  header: 'recordheader',
  controller: 'kraft',
  'log-end-offset': 'design_replicatedlog',
  member: 'intro_consumers',
  generation: 'design_consumerposition',
  assignor: 'consumerconfigs_partition.assignment.strategy',
  acks: 'producerconfigs_acks',
  idempotence: 'producerconfigs_enable.idempotence',
  transactions: 'semantics',
} as const;

export type TermKey = keyof typeof ANCHORS;
export const TERM_KEYS = Object.keys(ANCHORS) as TermKey[];
export const termDocs = (k: TermKey) => `${DOCS}#${ANCHORS[k]}`;
