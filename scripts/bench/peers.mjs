// Peer clients of the message bench, reading a whole topic: kcat, and Kafka's own Java consumer
// (org.apache.kafka.tools.ConsumerPerformance from the broker jars), whose fetch.nMsg.sec is the ceiling of the
// Java client on this machine (issue 17 asks for 0.8x of it).
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { libsDir } from '../kafka/jars.mjs';

/** Messages per second ConsumerPerformance fetches reading `count` messages of `topic`: best of 2 runs. */
export function consumerPerformance(bootstrap, topic, count) {
  const rates = [];
  for (let i = 0; i < 2; i++) {
    const out = execFileSync(
      'java',
      [
        '-Xmx512m',
        '-cp',
        path.join(libsDir, '*'),
        'org.apache.kafka.tools.ConsumerPerformance',
        '--bootstrap-server',
        bootstrap,
        '--topic',
        topic,
        '--messages',
        String(count),
        '--group',
        `bench-perf-${Date.now()}-${i}`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const lines = out.trim().split('\n');
    const header = lines.findIndex((l) => l.includes('fetch.nMsg.sec'));
    const cols = lines[header].split(',').map((c) => c.trim());
    const row = lines[header + 1].split(',').map((c) => c.trim());
    rates.push(Number(row[cols.indexOf('fetch.nMsg.sec')]));
  }
  return Math.max(...rates);
}

/** Messages per second `kcat -C -e` reads the whole topic (every message to its end): best of 2 runs. */
export async function kcatScanRate(bootstrap, topic, count) {
  const rates = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const lines = await new Promise((resolve, reject) => {
      const p = spawn('kcat', [
        '-b',
        bootstrap,
        '-C',
        '-t',
        topic,
        '-o',
        'beginning',
        '-e',
        '-q',
        '-f',
        '%s\n',
      ]);
      let n = 0;
      p.stdout.on('data', (b) => {
        for (let k = 0; k < b.length; k++) if (b[k] === 10) n++;
      });
      p.on('error', reject);
      p.on('close', () => resolve(n));
    });
    if (lines !== count) throw new Error(`kcat read ${lines}, not ${count}`);
    rates.push(count / ((performance.now() - t) / 1000));
  }
  return Math.max(...rates);
}

/** Kafka's own kafka-consumer-groups (ConsumerGroupCommand, Java AdminClient) from the broker jars: its output. */
export const consumerGroupsTool = (args) =>
  execFileSync(
    'java',
    [
      '-Xmx256m',
      '-cp',
      path.join(libsDir, '*'),
      'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 },
  ).toString();
