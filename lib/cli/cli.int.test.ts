import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { GET as clusterRoute } from '@/app/api/clusters/[cluster]/cluster/route';
import { GET as topicRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import { GET as groupRoute } from '@/app/api/clusters/[cluster]/groups/[group]/route';
import { POST as resetRoute } from '@/app/api/clusters/[cluster]/groups/[group]/reset-offsets/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { writeKafkaScripts } from '@/test/broker.mjs';
import { cleanUp, seedTopic, testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';
import { alterConfigs, createTopic, describeGroup, describeTopic, resetOffsets } from './admin';
import { type Command, type Connection } from './base';
import { consumeMessages, produceMessage, type Read } from './messages';
import { GET as configsRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/configs/route';
import { NextRequest } from 'next/server';
import { GET as messagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';

// The commands the console shows, run as a user would paste them: Kafka's own scripts (from the broker jars)
// and kcat against the test broker. What they print must be what the console shows, and a reset they apply
// must land where the console's preview said.
const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('cli');
const group = uniqueName('cli-group');
let conn: Connection;

// Kafka's scripts on the PATH (wrappers of the broker jars' tools), kcat from Debian: each command line runs
// in bash exactly as shown.
const bin = writeKafkaScripts(path.join(os.tmpdir(), 'kafscope-cli-bin'));
async function run(cmd: Command): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', ['-c', cmd.line], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    timeout: 60_000,
  });
  return stdout;
}
const only = (cmds: Command[], tool: Command['tool'], n = 0) => cmds.filter((c) => c.tool === tool)[n]!;
/** Rows of a table the Kafka tools print, as objects keyed by its header. */
function table(out: string, first: string): Record<string, string>[] {
  const lines = out.split('\n').map((l) => l.trim().split(/\s+/));
  const header = lines.find((l) => l[0] === first);
  if (!header) throw new Error(`no table starting with ${first} in:\n${out}`);
  return lines
    .filter((l) => l.length === header.length && l !== header && l[0] !== first)
    .map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]!])))
    .sort((a, b) => Number(a.PARTITION) - Number(b.PARTITION));
}

beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 3, count: 30 });
  await admin.setOffsets({
    groupId: group,
    topic,
    partitions: [
      { partition: 0, offset: '2' },
      { partition: 1, offset: '5' },
      { partition: 2, offset: '10' },
    ],
  });
  const o = (await call(clusterRoute, {})).body;
  conn = { bootstrap: o.bootstrap, ...o.connection };
}, 60_000);
afterAll(async () => {
  await cleanUp(admin, { groups: [group], topics: [topic] });
  await resetConnections();
});

describe('the command line shown for a view does what the view shows', () => {
  it('kafka-topics --describe and kcat -L print the partitions, leaders, replicas and ISR of the topic page', async () => {
    const page = (await call(topicRoute, { topic })).body.partitionList;
    const cmds = describeTopic(conn, topic);
    const out = await run(only(cmds, 'kafka'));
    const rows = out
      .split('\n')
      .filter((l) => /\bPartition: \d+/.test(l))
      .map((l) => ({
        partition: Number(/Partition: (\d+)/.exec(l)![1]),
        leader: Number(/Leader: (\d+)/.exec(l)![1]),
        replicas: /Replicas: ([\d,]+)/.exec(l)![1]!.split(',').map(Number),
        isr: /Isr: ([\d,]+)/.exec(l)![1]!.split(',').map(Number),
      }));
    expect(rows).toEqual(
      page.map((p: { partition: number; leader: number; replicas: number[]; isr: number[] }) => ({
        partition: p.partition,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
      })),
    );
    const kcat = await run(only(cmds, 'kcat'));
    expect(kcat).toContain(`topic "${topic}" with 3 partitions:`);
    for (const p of page) expect(kcat).toContain(`partition ${p.partition}, leader ${p.leader},`);
  });

  it('kafka-consumer-groups --describe prints the committed offsets, ends and lag of the group page', async () => {
    const page = (await call(groupRoute, { group })).body.topics[0].partitions;
    const rows = table(await run(only(describeGroup(conn, group), 'kafka', 1)), 'GROUP');
    expect(
      rows.map((r) => [
        Number(r.PARTITION),
        Number(r['CURRENT-OFFSET']),
        Number(r['LOG-END-OFFSET']),
        Number(r.LAG),
      ]),
    ).toEqual(
      page.map((p: { partition: number; committed: number; end: number; lag: number }) => [
        p.partition,
        p.committed,
        p.end,
        p.lag,
      ]),
    );
  });

  it('a reset: --dry-run prints the preview’s new offsets, --execute commits them', async () => {
    const r = { group, topic, partitions: [0, 1], to: 'shift' as const, shift: 3 };
    const preview = (
      await call(resetRoute, { group }, { method: 'POST', body: { ...r, group: undefined, apply: false } })
    ).body;
    const targets = preview.partitions.map((p: { partition: number; target: number }) => [
      p.partition,
      p.target,
    ]);
    expect(targets).toEqual([
      [0, 5],
      [1, 8],
    ]);
    const dry = table(await run(only(resetOffsets(conn, r, false), 'kafka')), 'GROUP');
    expect(dry.map((row) => [Number(row.PARTITION), Number(row['NEW-OFFSET'])])).toEqual(targets);
    await run(only(resetOffsets(conn, r, true), 'kafka'));
    const committed = (await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]!.partitions
      .sort((a, b) => a.partition - b.partition)
      .map((p) => [p.partition, Number(p.offset)]);
    expect(committed).toEqual([...targets, [2, 10]]);
  });

  it('the console consumer and kcat print the messages the Messages tab reads', async () => {
    /** The Messages tab's own read: [partition, offset, value] in offset order. */
    const ours = async (q: Record<string, string>) => {
      const res = await messagesRoute(
        new NextRequest(
          `http://localhost/api/topics/${topic}/messages?${new URLSearchParams({ ...q, format: 'json' })}`,
        ),
        { params: Promise.resolve({ topic }) },
      );
      const list = (await res.json()) as { partition: number; offset: number; value: string }[];
      return list.map((m) => [m.partition, m.offset, m.value]).sort((a, b) => Number(a[1]) - Number(b[1]));
    };
    const read = (r: Partial<Read>) =>
      consumeMessages(conn, { topic, start: 'newest', partition: null, max: 3, live: false, ...r });
    const kcatRows = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { partition: number; offset: number; payload: string })
        .map((m) => [m.partition, m.offset, m.payload])
        .sort((a, b) => Number(a[1]) - Number(b[1]));

    const fromOffset = { start: 'offset' as const, partition: 0, offset: 3 };
    const want = await ours({ start: 'offset', partition: '0', offset: '3', max: '3' });
    expect(want).toEqual([
      [0, 3, 'm9'],
      [0, 4, 'm12'],
      [0, 5, 'm15'],
    ]);
    // Records only: Kafka 4.4 also prints that --property is deprecated (kept: 4.1 and 3.9 lack its successor).
    const printed = (await run(only(read(fromOffset), 'kafka')))
      .split('\n')
      .filter((l) => /Partition:\d+/.test(l))
      .map((l) => [
        Number(/Partition:(\d+)/.exec(l)![1]),
        Number(/Offset:(\d+)/.exec(l)![1]),
        l.split('\t').at(-1),
      ]);
    expect(printed).toEqual(want);
    expect(kcatRows(await run(only(read(fromOffset), 'kcat')))).toEqual(want);
    // The newest 3 of one partition: kcat's -o -3 is exact on one partition.
    expect(kcatRows(await run(only(read({ partition: 2 }), 'kcat')))).toEqual(
      await ours({ start: 'newest', partition: '2', max: '3' }),
    );
  });

  it('the create-topic and config commands make the topic the form would; the produce commands write the message', async () => {
    const name = uniqueName('cli-made');
    await run(
      only(
        createTopic(conn, {
          name,
          partitions: 2,
          replicationFactor: 1,
          configs: { 'retention.ms': '3600000' },
        }),
        'kafka',
      ),
    );
    try {
      expect((await call(topicRoute, { topic: name })).body).toMatchObject({
        partitions: 2,
        replicationFactor: 1,
      });
      await run(
        only(
          alterConfigs(conn, { type: 'topics', name }, { 'cleanup.policy': 'compact,delete' }, [
            'retention.ms',
          ]),
          'kafka',
        ),
      );
      const configs = (await call(configsRoute, { topic: name })).body.configs as {
        name: string;
        value: string;
        source: string;
      }[];
      expect(configs.find((c) => c.name === 'cleanup.policy')).toMatchObject({
        value: 'compact,delete',
        source: 'topic',
      });
      expect(configs.find((c) => c.name === 'retention.ms')!.source).not.toBe('topic');

      const message = {
        topic: name,
        partition: 1,
        key: 'order 7',
        value: '{"total": 12}',
        headers: [['trace', 'a b'] as [string, string]],
      };
      await run(only(produceMessage(conn, message), 'kcat'));
      await run(only(produceMessage(conn, { ...message, partition: null, headers: [] }), 'kafka'));
      const res = await messagesRoute(
        new NextRequest(`http://localhost/api/topics/${name}/messages?start=oldest&format=json`),
        { params: Promise.resolve({ topic: name }) },
      );
      const got = (await res.json()) as {
        partition: number;
        key: unknown;
        value: unknown;
        headers: { key: string; value: unknown }[];
      }[];
      expect(got).toHaveLength(2);
      for (const m of got) {
        expect(m.key).toBe('order 7');
        expect(m.value).toEqual({ total: 12 });
      }
      // kcat was told partition 1 and a header; the console producer sends neither.
      expect(got.find((m) => m.headers.length)).toMatchObject({
        partition: 1,
        headers: [{ key: 'trace', value: 'a b' }],
      });
    } finally {
      await admin.deleteTopics({ topics: [name] }).catch(() => {});
    }
  });
});
