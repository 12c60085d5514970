// Cluster overview: what the landing page costs, against `kcat -L` (full metadata from librdkafka).
// Our call does more (metadata + DescribeQuorum + ListGroups + JSON), so parity is the goal, not a win.
import { execFileSync } from 'node:child_process';
import { median, p95, time } from '../bench-stats.mjs';

export const name = 'Cluster overview API';
export const description =
  '`GET /api/cluster` (metadata for all topics, DescribeQuorum, ListGroups) on a broker with 200 topics x 3 partitions, ' +
  "against `kcat -L` listing the same metadata (each kcat call includes its process start and connect; each HTTP call reuses the server's open connections). 30 sequential calls each after 3 warm-up calls; median and p95 in ms.";
export const target = 'median within 2x of kcat -L (no target set by an issue yet)';

export async function run({ kafka, baseUrl, bootstrap }) {
  const admin = kafka.admin();
  await admin.connect();
  const topics = Array.from({ length: 200 }, (_, i) => ({ topic: `bench.overview.${i}`, numPartitions: 3 }));
  await admin.createTopics({ topics, waitForLeaders: true });
  await admin.disconnect();

  const ours = await time(30, 3, async () => {
    const r = await fetch(`${baseUrl}/api/clusters/default/cluster`);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const body = await r.json();
    if (body.topics.total < 200) throw new Error('overview missed topics');
  });
  const peer = await time(30, 3, async () => {
    execFileSync('kcat', ['-b', bootstrap, '-L', '-J'], { stdio: ['ignore', 'pipe', 'ignore'] });
  });
  const f = (x) => Math.round(x * 10) / 10;
  return [
    { metric: 'median latency', ours: f(median(ours)), peer: f(median(peer)), unit: 'ms' },
    { metric: 'p95 latency', ours: f(p95(ours)), peer: f(p95(peer)), unit: 'ms' },
  ];
}
