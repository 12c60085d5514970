// Admin commands for what the console shows or does: topics, groups, offset resets, configs (see base.ts).
import { kafkaAdmin, kcatX, line, rpkX, sh, withNote, type Command, type Connection } from './base';

/** A topic's partitions, leaders, replicas and ISR. */
export function describeTopic(c: Connection, topic: string): Command[] {
  return [
    withNote(c, {
      tool: 'kafka',
      line: line(['kafka-topics.sh', ...kafkaAdmin(c), '--describe', '--topic', sh(topic)]),
    }),
    { tool: 'rpk', line: line(['rpk', 'topic', 'describe', sh(topic), '-p', ...rpkX(c)]) },
    { tool: 'kcat', line: line(['kcat', ...kcatX(c), '-L', '-t', sh(topic)]) },
  ];
}

/** A consumer group's members, committed offsets and lag per partition. */
export function describeGroup(c: Connection, group: string): Command[] {
  return [
    withNote(c, {
      tool: 'kafka',
      line: line([
        'kafka-consumer-groups.sh',
        ...kafkaAdmin(c),
        '--describe',
        '--group',
        sh(group),
        '--members',
        '--verbose',
      ]),
    }),
    withNote(c, {
      tool: 'kafka',
      line: line(['kafka-consumer-groups.sh', ...kafkaAdmin(c), '--describe', '--group', sh(group)]),
    }),
    { tool: 'rpk', line: line(['rpk', 'group', 'describe', sh(group), ...rpkX(c)]) },
  ];
}

export type Reset = {
  group: string;
  topic?: string;
  partitions?: number[];
  to: 'earliest' | 'latest' | 'timestamp' | 'offset' | 'shift';
  timestamp?: number;
  offset?: number;
  shift?: number;
};

/** Kafka's --to-datetime reads yyyy-MM-ddTHH:mm:ss.SSS with an optional zone: always UTC here, to the ms. */
const isoUtc = (ms: number) => new Date(ms).toISOString();

/** An offset reset, previewed (--dry-run) or applied (--execute), as kafka-consumer-groups does it. */
export function resetOffsets(c: Connection, r: Reset, apply: boolean): Command[] {
  const scope = r.topic
    ? ['--topic', sh(r.partitions?.length ? `${r.topic}:${r.partitions.join(',')}` : r.topic)]
    : ['--all-topics'];
  const to =
    r.to === 'earliest'
      ? ['--to-earliest']
      : r.to === 'latest'
        ? ['--to-latest']
        : r.to === 'offset'
          ? ['--to-offset', String(r.offset ?? 0)]
          : r.to === 'shift'
            ? ['--shift-by', String(r.shift ?? 0)]
            : ['--to-datetime', sh(isoUtc(r.timestamp ?? 0))];
  const kafka = withNote(c, {
    tool: 'kafka',
    line: line([
      'kafka-consumer-groups.sh',
      ...kafkaAdmin(c),
      '--reset-offsets',
      '--group',
      sh(r.group),
      ...scope,
      ...to,
      apply ? '--execute' : '--dry-run',
    ]),
  });
  // rpk seeks a whole group (or some topics) to start, end or a time; it has no shift, offset or preview.
  const rpkTo = { earliest: 'start', latest: 'end', timestamp: String(r.timestamp ?? 0) };
  const rpk: Command[] =
    (r.to === 'earliest' || r.to === 'latest' || r.to === 'timestamp') && !r.partitions?.length && apply
      ? [
          {
            tool: 'rpk',
            line: line([
              'rpk',
              'group',
              'seek',
              sh(r.group),
              '--to',
              rpkTo[r.to],
              ...(r.topic ? ['--topics', sh(r.topic)] : []),
              ...rpkX(c),
            ]),
          },
        ]
      : [];
  return [kafka, ...rpk];
}

/** Creating a topic as the form describes it. */
export function createTopic(
  c: Connection,
  t: { name: string; partitions: number; replicationFactor: number; configs?: Record<string, string> },
): Command[] {
  const configs = Object.entries(t.configs ?? {});
  return [
    withNote(c, {
      tool: 'kafka',
      line: line([
        'kafka-topics.sh',
        ...kafkaAdmin(c),
        '--create',
        '--topic',
        sh(t.name),
        '--partitions',
        String(t.partitions),
        '--replication-factor',
        String(t.replicationFactor),
        ...configs.flatMap(([k, v]) => ['--config', sh(`${k}=${v}`)]),
      ]),
    }),
    {
      tool: 'rpk',
      line: line([
        'rpk',
        'topic',
        'create',
        sh(t.name),
        '-p',
        String(t.partitions),
        '-r',
        String(t.replicationFactor),
        ...configs.flatMap(([k, v]) => ['-c', sh(`${k}=${v}`)]),
        ...rpkX(c),
      ]),
    },
  ];
}

/** kafka-configs reads a list of k=v split at commas: a value with a comma goes in [brackets]. */
const configValue = (v: string) => (v.includes(',') ? `[${v}]` : v);

/** Setting and removing configs of a topic (or a broker) without touching the others. */
export function alterConfigs(
  c: Connection,
  entity: { type: 'topics' | 'brokers'; name: string },
  set: Record<string, string>,
  remove: string[] = [],
): Command[] {
  const pairs = Object.entries(set);
  const kafka = withNote(c, {
    tool: 'kafka',
    line: line([
      'kafka-configs.sh',
      ...kafkaAdmin(c),
      '--alter',
      '--entity-type',
      entity.type,
      '--entity-name',
      sh(entity.name),
      ...(pairs.length
        ? ['--add-config', sh(pairs.map(([k, v]) => `${k}=${configValue(v)}`).join(','))]
        : []),
      ...(remove.length ? ['--delete-config', sh(remove.join(','))] : []),
    ]),
  });
  const rpk: Command = {
    tool: 'rpk',
    line: line([
      'rpk',
      ...(entity.type === 'topics'
        ? ['topic', 'alter-config', sh(entity.name)]
        : ['cluster', 'config', 'set']),
      ...pairs.flatMap(([k, v]) => ['--set', sh(`${k}=${v}`)]),
      ...remove.flatMap((k) => ['--delete', sh(k)]),
      ...rpkX(c),
    ]),
  };
  return entity.type === 'topics' ? [kafka, rpk] : [kafka];
}
