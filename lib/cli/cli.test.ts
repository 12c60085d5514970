import { describe, expect, it } from 'vitest';
import { parse } from 'shell-quote';
import { describeGroup, describeTopic, resetOffsets } from './admin';
import { sh, type Connection } from './base';
import { consumeMessages, type Read } from './messages';

const plain: Connection = {
  bootstrap: '127.0.0.1:9092',
  protocol: 'PLAINTEXT',
  saslMechanism: null,
  saslUser: null,
};
const sasl: Connection = {
  bootstrap: 'kafka-1:9093,kafka-2:9093',
  protocol: 'SASL_SSL',
  saslMechanism: 'SCRAM-SHA-512',
  saslUser: 'alice',
};

describe('command lines for what the console shows', () => {
  it('quotes for a POSIX shell: a shell reads back exactly the word', () => {
    for (const w of ['demo.orders', 'a b', "it's", '$HOME', 'x;rm -rf /', '', 'ü*?'])
      expect(parse(sh(w))).toEqual([w === '' ? '' : w]);
    expect(sh('demo.orders')).toBe('demo.orders');
  });

  it('describes a topic with each tool', () => {
    expect(describeTopic(plain, 'demo.orders').map((c) => c.line)).toEqual([
      'kafka-topics.sh --bootstrap-server 127.0.0.1:9092 --describe --topic demo.orders',
      'rpk topic describe demo.orders -p -X brokers=127.0.0.1:9092',
      'kcat -b 127.0.0.1:9092 -L -t demo.orders',
    ]);
  });

  it('on SASL_SSL: a client config for Kafka’s scripts, flags for rpk and kcat, never the password', () => {
    const [kafka, rpk, kcat] = describeTopic(sasl, 'demo.orders');
    expect(kafka!.line).toContain('--command-config client.properties');
    expect(kafka!.notes).toEqual([{ kind: 'config' }]);
    expect(rpk!.line).toContain(
      '-X tls.enabled=true -X sasl.mechanism=SCRAM-SHA-512 -X user=alice -X pass="$KAFKA_PASSWORD"',
    );
    expect(kcat!.line).toContain('-X security.protocol=SASL_SSL');
    expect(kcat!.line).toContain('sasl.password="$KAFKA_PASSWORD"');
  });

  it('describes a group', () => {
    expect(describeGroup(plain, 'billing team').map((c) => c.line)).toEqual([
      "kafka-consumer-groups.sh --bootstrap-server 127.0.0.1:9092 --describe --group 'billing team' --members --verbose",
      "kafka-consumer-groups.sh --bootstrap-server 127.0.0.1:9092 --describe --group 'billing team'",
      "rpk group describe 'billing team' -X brokers=127.0.0.1:9092",
    ]);
  });

  it('writes a reset as kafka-consumer-groups does it, previewed or applied', () => {
    const line = (r: Parameters<typeof resetOffsets>[1], apply = false) =>
      resetOffsets(plain, r, apply)[0]!.line;
    const base = 'kafka-consumer-groups.sh --bootstrap-server 127.0.0.1:9092 --reset-offsets --group g';
    expect(line({ group: 'g', to: 'earliest' })).toBe(`${base} --all-topics --to-earliest --dry-run`);
    expect(line({ group: 'g', topic: 't', partitions: [0, 2], to: 'offset', offset: 5 }, true)).toBe(
      `${base} --topic t:0,2 --to-offset 5 --execute`,
    );
    expect(line({ group: 'g', topic: 't', to: 'shift', shift: -3 })).toBe(
      `${base} --topic t --shift-by -3 --dry-run`,
    );
    expect(line({ group: 'g', topic: 't', to: 'timestamp', timestamp: Date.UTC(2026, 0, 31, 12) })).toBe(
      `${base} --topic t --to-datetime 2026-01-31T12:00:00.000Z --dry-run`,
    );
    // rpk has no preview and no shift: offered only for what it can do.
    expect(resetOffsets(plain, { group: 'g', to: 'latest' }, false).map((c) => c.tool)).toEqual(['kafka']);
    expect(resetOffsets(plain, { group: 'g', to: 'shift', shift: 1 }, true).map((c) => c.tool)).toEqual([
      'kafka',
    ]);
    expect(resetOffsets(plain, { group: 'g', topic: 't', to: 'earliest' }, true)[1]!.line).toBe(
      'rpk group seek g --to start --topics t -X brokers=127.0.0.1:9092',
    );
  });

  it('reads what the Messages tab reads, with the console consumer where it can and kcat always', () => {
    const read = (r: Partial<Read>) =>
      consumeMessages(plain, { topic: 't', start: 'newest', partition: null, max: 100, live: false, ...r });
    const props =
      '--property print.timestamp=true --property print.partition=true --property print.offset=true --property print.key=true --property print.headers=true';
    expect(read({ start: 'offset', partition: 2, offset: 40, max: 5 }).map((c) => c.line)).toEqual([
      `kafka-console-consumer.sh --bootstrap-server 127.0.0.1:9092 --topic t --partition 2 --offset 40 --max-messages 5 ${props}`,
      'kcat -b 127.0.0.1:9092 -C -t t -p 2 -o 40 -c 5 -e -J',
    ]);
    expect(read({ start: 'oldest' })[0]!.line).toContain('--from-beginning --max-messages 100');
    // No way to start N back from the end, or at a time, with the console consumer: kcat only.
    expect(read({ start: 'newest' }).map((c) => c.tool)).toEqual(['kcat']);
    expect(read({ start: 'newest' })[0]!.line).toBe('kcat -b 127.0.0.1:9092 -C -t t -o -100 -c 100 -e -J');
    expect(read({ start: 'newest' })[0]!.notes).toEqual([{ kind: 'kcatNewest', max: 100 }]);
    expect(read({ start: 'timestamp', ts: 1769860800000 })[0]!.line).toContain('-o s@1769860800000');
    expect(read({ start: 'newest', live: true }).map((c) => c.line)).toEqual([
      `kafka-console-consumer.sh --bootstrap-server 127.0.0.1:9092 --topic t ${props}`,
      'kcat -b 127.0.0.1:9092 -C -t t -o end -J',
    ]);
    expect(read({ filtered: true }).every((c) => c.notes?.some((n) => n.kind === 'filter'))).toBe(true);
  });
});
