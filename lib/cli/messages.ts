// Reading and producing messages from a terminal, as the Messages tab and the produce form do (see base.ts).
import { kcatX, line, secure, sh, withNote, type Command, type Connection } from './base';

export type Read = {
  topic: string;
  start: 'newest' | 'oldest' | 'offset' | 'timestamp';
  /** one partition, or all when null */
  partition: number | null;
  offset?: number;
  /** ms since 1970 */
  ts?: number;
  max: number;
  /** follow new messages (no count, no exit at the end) */
  live: boolean;
  /** the view filters (CEL or quick search), which these tools cannot: they print every message */
  filtered?: boolean;
};

/** Reading what the Messages tab shows, with kafka-console-consumer (where it can) and kcat. */
export function consumeMessages(c: Connection, r: Read): Command[] {
  const out: Command[] = [];
  const one = r.partition !== null;
  // kafka-console-consumer starts at the beginning, the end, or (with a partition) an offset; never N back
  // from the end or at a time.
  const kafkaStart =
    r.start === 'oldest'
      ? one
        ? ['--partition', String(r.partition), '--offset', 'earliest']
        : ['--from-beginning']
      : r.start === 'offset' && one
        ? ['--partition', String(r.partition), '--offset', String(r.offset ?? 0)]
        : r.start === 'newest' && r.live
          ? one
            ? ['--partition', String(r.partition), '--offset', 'latest']
            : []
          : null;
  if (kafkaStart)
    out.push(
      withNote(c, {
        tool: 'kafka',
        line: line([
          'kafka-console-consumer.sh',
          '--bootstrap-server',
          sh(c.bootstrap),
          ...(secure(c) ? ['--consumer.config', 'client.properties'] : []),
          '--topic',
          sh(r.topic),
          ...kafkaStart,
          ...(r.live ? [] : ['--max-messages', String(r.max)]),
          ...['print.timestamp', 'print.partition', 'print.offset', 'print.key', 'print.headers'].flatMap(
            (p) => ['--property', `${p}=true`],
          ),
        ]),
      }),
    );
  // kcat: -o takes beginning, end, an offset, -N (N back from the end of each partition) or s@<ms>.
  const kcatStart =
    r.start === 'oldest'
      ? 'beginning'
      : r.start === 'offset'
        ? String(r.offset ?? 0)
        : r.start === 'timestamp'
          ? `s@${r.ts ?? 0}`
          : r.live
            ? 'end'
            : `-${r.max}`;
  out.push({
    tool: 'kcat',
    line: line([
      'kcat',
      ...kcatX(c),
      '-C',
      '-t',
      sh(r.topic),
      ...(one ? ['-p', String(r.partition)] : []),
      '-o',
      kcatStart,
      ...(r.live ? [] : ['-c', String(r.max), '-e']),
      '-J',
    ]),
    notes: r.start === 'newest' && !r.live && !one ? [{ kind: 'kcatNewest', max: r.max }] : undefined,
  });
  return r.filtered
    ? out.map((cmd): Command => ({ ...cmd, notes: [...(cmd.notes ?? []), { kind: 'filter' }] }))
    : out;
}

/** Producing one message with kcat (key, headers, partition) and the console producer (key and value). */
export function produceMessage(
  c: Connection,
  m: {
    topic: string;
    partition: number | null;
    key: string | null;
    value: string;
    headers?: [string, string][];
  },
): Command[] {
  const out: Command[] = [];
  // The console producer reads one message per line, key and value split at a tab; no headers or partition.
  if (!m.value.includes('\n') && !(m.key ?? '').match(/[\t\n]/) && !m.headers?.length && m.partition === null)
    out.push(
      withNote(c, {
        tool: 'kafka',
        line: line([
          'printf',
          sh('%s\\n'),
          sh(m.key === null ? m.value : `${m.key}\t${m.value}`),
          '|',
          'kafka-console-producer.sh',
          '--bootstrap-server',
          sh(c.bootstrap),
          ...(secure(c) ? ['--producer.config', 'client.properties'] : []),
          '--topic',
          sh(m.topic),
          ...(m.key === null ? [] : ['--property', 'parse.key=true']),
        ]),
      }),
    );
  out.push({
    tool: 'kcat',
    line: line([
      'printf',
      sh('%s'),
      sh(m.value),
      '|',
      'kcat',
      ...kcatX(c),
      '-P',
      '-t',
      sh(m.topic),
      ...(m.partition === null ? [] : ['-p', String(m.partition)]),
      ...(m.key === null ? [] : ['-k', sh(m.key)]),
      ...(m.headers ?? []).flatMap(([k, v]) => ['-H', sh(`${k}=${v}`)]),
    ]),
  });
  return out;
}
