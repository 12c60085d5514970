// Consumer groups at scale: 1,000 groups over 200 topics. The group list API (ListGroups, DescribeGroups,
// OffsetFetch for many groups per request, ListOffsets per leader) against Kafka's own
// kafka-consumer-groups tool (Java AdminClient) describing every group with its lag; and one group's detail
// on a topic of 100 partitions.
import { median, p95, time } from '../bench-stats.mjs';
import { offsetCommitter } from '../bench-commit.mjs';
import { consumerGroupsTool } from './peers.mjs';

export const name = 'Consumer groups: 1,000 groups over 200 topics';
export const description =
  '200 topics x 3 partitions with a few messages each, plus one topic of 100 partitions; 1,000 groups, each with ' +
  'committed offsets on 2 of the 200 topics (6 partitions, lag on most), committed from outside the group (generation -1), so the groups are Empty. ' +
  '`GET /api/groups` returns every group with state, members, topics, total lag, lag in seconds, status and trend; the peer is ' +
  "Kafka's own `kafka-consumer-groups --describe --all-groups` (Java AdminClient, from the same jars; its time includes starting the JVM, " +
  'shown separately as `--version`). Detail: `GET /api/groups/:id` for a group with offsets on all 100 partitions of one topic ' +
  '(the peer: `kafka-consumer-groups --describe --group`). 10 sequential calls after 2 warm-ups (peers: 3 after 1).';
export const target =
  'group list median at most 2 s; detail of a group on 100 partitions at most 300 ms (issue 6)';

const TOPICS = 200;
const GROUPS = 1000;
const f = (x) => Math.round(x);

export async function run({ kafka, baseUrl, bootstrap }) {
  const admin = kafka.admin();
  await admin.connect();
  const topic = (i) => `bench.groups.t${String(i).padStart(3, '0')}`;
  const big = 'bench.groups.wide';
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      ...Array.from({ length: TOPICS }, (_, i) => ({ topic: topic(i), numPartitions: 3 })),
      { topic: big, numPartitions: 100 },
    ],
  });
  const producer = kafka.producer();
  await producer.connect();
  for (let i = 0; i < TOPICS; i += 20)
    await producer.sendBatch({
      topicMessages: Array.from({ length: 20 }, (_, k) => ({
        topic: topic(i + k),
        messages: Array.from({ length: 30 }, (_, m) => ({ value: `m${m}`, partition: m % 3 })),
      })),
    });
  await producer.send({
    topic: big,
    messages: Array.from({ length: 1000 }, (_, m) => ({ value: `w${m}`, partition: m % 100 })),
  });
  await producer.disconnect();

  const { commit, close } = await offsetCommitter(kafka);
  const groupId = (g) => `bench.group.${String(g).padStart(4, '0')}`;
  for (let g = 0; g < GROUPS; g += 50)
    await Promise.all(
      Array.from({ length: 50 }, (_, k) => {
        const i = g + k;
        return commit(
          groupId(i),
          [topic(i % TOPICS), topic((i * 7 + 3) % TOPICS)].map((t) => ({
            topic: t,
            partitions: [0, 1, 2].map((partition) => ({ partition, offset: String((i + partition) % 11) })),
          })),
        );
      }),
    );
  const wide = 'bench.group.wide';
  await commit(wide, [
    { topic: big, partitions: Array.from({ length: 100 }, (_, p) => ({ partition: p, offset: '3' })) },
  ]);
  await close();
  await admin.disconnect();

  let count = 0;
  const list = await time(10, 2, async () => {
    const r = await fetch(`${baseUrl}/api/clusters/default/groups`);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const body = await r.json();
    count = body.groups.filter((g) => g.groupId.startsWith('bench.group.')).length;
  });
  if (count !== GROUPS + 1) throw new Error(`the list has ${count} bench groups, not ${GROUPS + 1}`);
  const detail = await time(10, 2, async () => {
    const r = await fetch(`${baseUrl}/api/clusters/default/groups/${wide}`);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const d = await r.json();
    if (d.topics[0].partitions.length !== 100 || d.lag !== 700) throw new Error('wrong detail');
  });

  const tool = consumerGroupsTool;
  let peerLines = 0;
  const peerList = await time(3, 1, async () => {
    peerLines = tool(['--bootstrap-server', bootstrap, '--describe', '--all-groups'])
      .split('\n')
      .filter((l) => l.startsWith('bench.group.')).length;
  });
  const peerDetail = await time(3, 1, async () =>
    tool(['--bootstrap-server', bootstrap, '--describe', '--group', wide]),
  );
  const jvm = await time(3, 1, async () => tool(['--version']));
  return [
    {
      metric: 'group list API median (1,000 groups)',
      ours: f(median(list)),
      peer: f(median(peerList)),
      unit: 'ms',
      note: `peer printed ${peerLines} partition rows; JVM start alone (--version) ${f(median(jvm))} ms`,
    },
    { metric: 'group list API p95', ours: f(p95(list)), peer: f(p95(peerList)), unit: 'ms' },
    {
      metric: 'group detail median (100 partitions)',
      ours: f(median(detail)),
      peer: f(median(peerDetail)),
      unit: 'ms',
      note: 'peer includes the JVM start',
    },
    { metric: 'group detail p95', ours: f(p95(detail)), peer: f(p95(peerDetail)), unit: 'ms' },
  ];
}
