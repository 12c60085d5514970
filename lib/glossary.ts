// Kafka terms as the console explains them where they appear (hover or focus) and on /learn. English for now;
// the keys are what a translation will key on (issue 20). Each: two or three exact sentences and the part of
// the Apache Kafka documentation that covers it.

const DOCS = 'https://kafka.apache.org/documentation/';

export type Term = { term: string; text: string; docs: string };

export const GLOSSARY = {
  partition: {
    term: 'Partition',
    text: 'A topic is split into partitions: ordered, append-only logs. Order holds within a partition, not across them; a key always goes to the same partition.',
    docs: `${DOCS}#intro_concepts_and_terms`,
  },
  offset: {
    term: 'Offset',
    text: 'The position of a record in its partition: 0 for the first, one more for each record after. Offsets are never reused, even after old records are deleted.',
    docs: `${DOCS}#intro_concepts_and_terms`,
  },
  replica: {
    term: 'Replica',
    text: 'A copy of a partition on a broker. The replication factor is how many brokers hold one; losing fewer brokers than that loses no data.',
    docs: `${DOCS}#replication`,
  },
  leader: {
    term: 'Leader',
    text: 'The one replica of a partition that takes writes and serves reads. The other replicas follow it; if its broker fails, an in-sync follower becomes leader.',
    docs: `${DOCS}#replication`,
  },
  isr: {
    term: 'In-sync replicas (ISR)',
    text: 'The replicas that are caught up with the leader. A write with acks=all waits for all of them; min.insync.replicas says how many must be there for writes to be accepted.',
    docs: `${DOCS}#design_replicatedlog`,
  },
  'under-replicated': {
    term: 'Under-replicated',
    text: 'A partition with fewer in-sync replicas than replicas: a broker is down or behind. Data is still served, but one more failure may stop writes or lose data.',
    docs: `${DOCS}#replication`,
  },
  'offline-replica': {
    term: 'Offline replica',
    text: 'A replica on a broker that is down or whose log directory failed. A partition whose replicas are all offline has no leader and cannot be read or written.',
    docs: `${DOCS}#replication`,
  },
  'low-watermark': {
    term: 'Low watermark (log start offset)',
    text: 'The offset of the oldest record still kept in a partition. Retention, compaction and "delete records" move it forward.',
    docs: `${DOCS}#design_log`,
  },
  'high-watermark': {
    term: 'High watermark (end offset)',
    text: 'The offset the next committed record will get: every record below it is replicated to all in-sync replicas. Consumers read up to it; high minus low is about the number of records kept.',
    docs: `${DOCS}#design_replicatedlog`,
  },
  'consumer-group': {
    term: 'Consumer group',
    text: 'Consumers sharing one group id split a topic’s partitions among them: each partition is read by one member. The group remembers its progress as committed offsets.',
    docs: `${DOCS}#intro_consumers`,
  },
  'committed-offset': {
    term: 'Committed offset',
    text: 'Where a consumer group resumes in a partition: the offset of the next record it will read. Consumers commit it as they go; resetting offsets moves it.',
    docs: `${DOCS}#design_consumerposition`,
  },
  lag: {
    term: 'Lag',
    text: 'How far a group is behind: the end offset minus the committed offset, in records, per partition. Lag that keeps growing means consumers are slower than producers.',
    docs: `${DOCS}#design_consumerposition`,
  },
  'lag-time': {
    term: 'Lag in time',
    text: 'How old the next record the group will read is: how long ago the record at its committed offset was written. Kafscope computes it from samples of end offsets over time.',
    docs: `${DOCS}#design_consumerposition`,
  },
  rebalance: {
    term: 'Rebalance',
    text: 'When members join or leave a group, its partitions are assigned again. Each assignment has a generation (epoch); an assignor decides who gets which partition.',
    docs: `${DOCS}#consumerconfigs_partition.assignment.strategy`,
  },
  'share-group': {
    term: 'Share group',
    text: 'Consumers that share a topic record by record, like a queue (KIP-932, Kafka 4.1+). Several members can read one partition at once, and each record is acknowledged on its own.',
    docs: `${DOCS}#sharegroups`,
  },
  retention: {
    term: 'Retention',
    text: 'How long (retention.ms) or how much (retention.bytes) a partition keeps before whole old segments are deleted. Reading a record does not delete it.',
    docs: `${DOCS}#topicconfigs_retention.ms`,
  },
  compaction: {
    term: 'Compaction',
    text: 'With cleanup.policy=compact, Kafka keeps at least the latest record for each key and removes older ones. A record with a null value (a tombstone) deletes its key.',
    docs: `${DOCS}#compaction`,
  },
  tombstone: {
    term: 'Tombstone',
    text: 'A record with a key and a null value. On a compacted topic it marks the key as deleted; compaction later removes both.',
    docs: `${DOCS}#compaction`,
  },
  key: {
    term: 'Key',
    text: 'Optional bytes sent with a record. Records with the same key go to the same partition (by hash), so they stay in order; compaction keeps the latest per key.',
    docs: `${DOCS}#intro_concepts_and_terms`,
  },
  header: {
    term: 'Header',
    text: 'Name/value pairs attached to a record beside its key and value, for metadata such as a trace id or a content type. Kafka does not look inside them.',
    docs: `${DOCS}#recordheader`,
  },
  controller: {
    term: 'Controller (KRaft)',
    text: 'The node that manages cluster metadata: topics, partitions, leaders. With KRaft, controllers keep it in a Raft quorum; the active controller is the quorum leader.',
    docs: `${DOCS}#kraft`,
  },
} satisfies Record<string, Term>;

export type TermKey = keyof typeof GLOSSARY;
export const TERM_KEYS = Object.keys(GLOSSARY) as TermKey[];
