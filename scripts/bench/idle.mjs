// The server at rest (issue 17): CPU of the production server over 10 s with no request and no traffic,
// after it has answered the usual pages' API calls (so its broker connections are open). What it does then
// is its own background work only: the lag sampler and whatever kafkajs's connections do at rest.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export const name = 'Server at rest';
export const description =
  'CPU time of the production server (its process and any children, from /proc) over 10 s with no request and no ' +
  'traffic, after one call each of the overview, topics, groups and a 100-message read had opened its broker ' +
  'connections; as a percentage of one core. The lag sampler keeps running, as it does for a user.';
export const target = 'at most 0.5 % of a core (issue 17; before the kafkajs patch it was 5.3 %)';

const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime of a process and its descendants, in seconds. */
function cpuSeconds(pid) {
  let total = 0;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  total += (Number(fields[11]) + Number(fields[12])) / TICK;
  let children = '';
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  } catch {
    /* none */
  }
  for (const c of children.split('\n').filter(Boolean)) total += cpuSeconds(Number(c));
  return total;
}

export async function run({ kafka, baseUrl, serverPid }) {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'bench.idle', numPartitions: 3 }] });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: 'bench.idle',
    messages: Array.from({ length: 300 }, (_, i) => ({ value: JSON.stringify({ i }) })),
  });
  await Promise.all([producer.disconnect(), admin.disconnect()]);
  for (const path of [
    '/api/clusters/default/cluster',
    '/api/clusters/default/topics',
    '/api/clusters/default/groups',
    '/api/clusters/default/topics/bench.idle/messages?start=oldest&max=100',
  ])
    await fetch(`${baseUrl}${path}`).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 2000));
  const seconds = 10;
  const before = cpuSeconds(serverPid);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const used = cpuSeconds(serverPid) - before;
  return [
    {
      metric: 'server CPU at rest',
      ours: Number(((used / seconds) * 100).toFixed(2)),
      unit: '% of a core',
      higherIsBetter: false,
      note: `${(used * 1000).toFixed(0)} ms of CPU in ${seconds} s idle (${os.cpus().length} cores; clock tick ${1000 / TICK} ms)`,
    },
  ];
}
