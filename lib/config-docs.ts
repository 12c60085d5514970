import { formatBytes, formatNumber } from './format';

// One line of documentation for the configs people change most (wording after the Apache Kafka docs).
export const CONFIG_DOCS: Record<string, string> = {
  'cleanup.policy': '"delete" drops old segments by time or size; "compact" keeps the latest value per key.',
  'retention.ms': 'How long messages are kept before deletion; -1 keeps them forever.',
  'retention.bytes': 'Maximum size of each partition before old segments are deleted; -1 means no limit.',
  'min.insync.replicas': 'Replicas that must acknowledge a write sent with acks=all, or the write fails.',
  'max.message.bytes': 'Largest record batch the topic accepts (after compression).',
  'segment.bytes': 'Size of one log segment file; retention and compaction work segment by segment.',
  'segment.ms': 'Roll a new segment after this time even if it is not full.',
  'compression.type': 'Codec the broker stores batches with; "producer" keeps what the producer sent.',
  'delete.retention.ms': 'How long tombstones stay on a compacted topic, so consumers can see deletions.',
  'min.compaction.lag.ms': 'Minimum age of a message before compaction may remove it.',
  'max.compaction.lag.ms': 'Maximum time a message may stay uncompacted.',
  'min.cleanable.dirty.ratio': 'Share of the log that must be uncompacted before the cleaner runs.',
  'message.timestamp.type':
    'CreateTime (the producer’s) or LogAppendTime (the broker’s) for record timestamps.',
  'unclean.leader.election.enable':
    'Let an out-of-sync replica become leader (availability over losing data).',
  'file.delete.delay.ms': 'Delay before a deleted segment file is removed from disk.',
  'flush.messages': 'Force an fsync after this many messages (normally left to the OS).',
  'flush.ms': 'Force an fsync after this time (normally left to the OS).',
  'index.interval.bytes': 'How often an entry is added to the offset index.',
  preallocate: 'Preallocate the segment file on disk when a new segment is created.',
  'local.retention.ms': 'With tiered storage: how long segments stay on local disk.',
  'local.retention.bytes': 'With tiered storage: how much stays on local disk per partition.',
  'remote.storage.enable': 'Tiered storage: copy closed segments to remote storage.',
  'message.timestamp.before.max.ms': 'Refuse records whose timestamp is further in the past than this.',
  'message.timestamp.after.max.ms': 'Refuse records whose timestamp is further in the future than this.',
  'follower.replication.throttled.replicas': 'Replicas whose follower traffic is throttled.',
  'leader.replication.throttled.replicas': 'Replicas whose leader traffic is throttled.',
  'num.partitions': 'Default partition count for automatically created topics.',
  'default.replication.factor': 'Default replication factor for automatically created topics.',
  'auto.create.topics.enable': 'Create a topic when a client first uses an unknown name.',
  'log.retention.hours': 'Default retention for topics that do not set retention.ms.',
  'log.retention.ms': 'Default retention for topics that do not set retention.ms.',
  'log.segment.bytes': 'Default segment size for topics.',
  'message.max.bytes': 'Default largest record batch for topics that do not set max.message.bytes.',
  'log.cleaner.threads': 'Threads compacting logs.',
  'log.cleaner.backoff.ms': 'Sleep between cleaner runs when there is nothing to compact.',
  'offsets.retention.minutes': 'How long committed offsets of an empty group are kept.',
  'group.initial.rebalance.delay.ms':
    'Wait before the first rebalance of a new group, for more members to join.',
  'node.id': 'This node’s id in the cluster.',
  'process.roles': 'broker, controller, or both (KRaft).',
  'log.dirs': 'Directories holding the partition data.',
  listeners: 'Addresses the node listens on.',
  'advertised.listeners': 'Addresses clients are told to connect to.',
};

const MS_SUFFIX = /(\.ms|\.time\.ms)$/;
const BYTES_SUFFIX = /\.bytes$/;

function duration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, label] of units)
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${formatNumber(n)} ${label}${n === 1 ? '' : 's'}`;
    }
  return `${formatNumber(ms)} ms`;
}

/** A readable form of a value ("7 days", "1.0 GB") for time and size configs, or null when plain is best. */
export function humanConfigValue(name: string, value: string | null): string | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  // Java's Long.MAX_VALUE is Kafka's "never" (flush.ms, flush.messages...); it is not exact as a JS number.
  if (value === '9223372036854775807') return 'no limit (Long.MAX_VALUE)';
  const n = Number(value);
  if (MS_SUFFIX.test(name) || name.endsWith('.minutes') || name.endsWith('.hours')) {
    if (n < 0) return 'forever / no limit';
    const ms = name.endsWith('.minutes') ? n * 60_000 : name.endsWith('.hours') ? n * 3_600_000 : n;
    return ms >= 1000 ? duration(ms) : null;
  }
  if (BYTES_SUFFIX.test(name)) {
    if (n < 0) return 'no limit';
    return n >= 1024 ? formatBytes(n) : null;
  }
  return null;
}
