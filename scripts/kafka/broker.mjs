// Start and stop real Apache Kafka (KRaft) nodes on this host from the Maven Central jars: no Docker.
// An "instance" is a folder under .kafka/ holding one sub-folder per node (config, data, log, pid).
// start() is idempotent (nodes already running are left alone) and waits until the admin API answers
// with every broker registered; stop() stops only the processes whose pid files this script wrote.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fetchJars, kafkaHome, libsDir, root } from './jars.mjs';

const require = createRequire(import.meta.url);

/** Port layout of an instance. Single node: 9092/9093. Three nodes: 19092/29092/39092 (+1 for controllers). */
export function layout({ name = 'dev', nodes = 1, port } = {}) {
  const ids = Array.from({ length: nodes }, (_, i) => i + 1);
  const clientPort = (id) => (nodes === 1 ? (port ?? 9092) : (port ?? 9092) + id * 10000);
  const list = ids.map((id) => ({
    id,
    clientPort: clientPort(id),
    controllerPort: clientPort(id) + 1,
    dir: path.join(kafkaHome, name, `node-${id}`),
  }));
  return {
    name,
    dir: path.join(kafkaHome, name),
    nodes: list,
    bootstrap: list.map((n) => `127.0.0.1:${n.clientPort}`).join(','),
  };
}

/**
 * Extra client listeners besides PLAINTEXT (tests of SASL and TLS): `{ name, protocol, port }` where port is
 * an offset from the node's client port (the controller uses +1), plus any extra `props` lines.
 */
function nodeProperties(n, all, { rack, listeners = [], props = [] } = {}) {
  const voters = all.map((o) => `${o.id}@127.0.0.1:${o.controllerPort}`).join(',');
  const rf = Math.min(3, all.length);
  const extra = listeners.map((l) => `${l.name}://127.0.0.1:${n.clientPort + l.port}`);
  const map = [
    'CONTROLLER:PLAINTEXT',
    'PLAINTEXT:PLAINTEXT',
    ...listeners.map((l) => `${l.name}:${l.protocol}`),
  ];
  return [
    'process.roles=broker,controller',
    `node.id=${n.id}`,
    `controller.quorum.voters=${voters}`,
    `listeners=${[`PLAINTEXT://127.0.0.1:${n.clientPort}`, `CONTROLLER://127.0.0.1:${n.controllerPort}`, ...extra].join(',')}`,
    `advertised.listeners=${[`PLAINTEXT://127.0.0.1:${n.clientPort}`, ...extra].join(',')}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    `listener.security.protocol.map=${map.join(',')}`,
    `log.dirs=${path.join(n.dir, 'data')}`,
    `offsets.topic.replication.factor=${rf}`,
    `transaction.state.log.replication.factor=${rf}`,
    `transaction.state.log.min.isr=${Math.min(2, rf)}`,
    `share.coordinator.state.topic.replication.factor=${rf}`,
    `share.coordinator.state.topic.min.isr=${Math.min(2, rf)}`,
    `default.replication.factor=${rf}`,
    'num.partitions=1',
    'group.initial.rebalance.delay.ms=0',
    // A console's users create and delete topics freely; keep segment housekeeping fast in dev.
    'log.retention.check.interval.ms=30000',
    'auto.create.topics.enable=false',
    ...(rack ? [`broker.rack=${rack}`] : []),
    ...props,
    '',
  ].join('\n');
}

const log4j = `Configuration:
  status: warn
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: warn
      AppenderRef:
        - ref: STDOUT
    Logger:
      - name: kafka.server.KafkaRaftServer
        level: info
      - name: kafka.server.BrokerServer
        level: info
`;

const java = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

function pidOf(n) {
  const f = path.join(n.dir, 'kafka.pid');
  if (!fs.existsSync(f)) return undefined;
  const pid = Number(fs.readFileSync(f, 'utf8'));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Is this pid alive AND the Kafka process we started for this node (pids get reused)? */
function isOurs(pid, n) {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('kafka.Kafka') && cmd.includes(path.join(n.dir, 'server.properties'));
  } catch {
    return false;
  }
}

export function runningNodes(opts) {
  return layout(opts).nodes.filter((n) => {
    const pid = pidOf(n);
    return pid !== undefined && isOurs(pid, n);
  });
}

function format(n, clusterId, cp, formatArgs = []) {
  if (fs.existsSync(path.join(n.dir, 'data', 'meta.properties'))) return;
  execFileSync(
    java(),
    [
      '-cp',
      cp,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      path.join(n.dir, 'server.properties'),
      ...formatArgs,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Wait until the admin API answers and `expectBrokers` brokers are registered. */
export async function waitReady(bootstrap, { expectBrokers = 1, timeoutMs = 90_000 } = {}) {
  const { Kafka, logLevel } = require('kafkajs');
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const admin = new Kafka({
      clientId: 'kafscope-readiness',
      brokers: bootstrap.split(','),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      requestTimeout: 3000,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      const c = await admin.describeCluster();
      if (c.brokers.length >= expectBrokers) return c;
      last = `${c.brokers.length} of ${expectBrokers} brokers registered`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Kafka at ${bootstrap} not ready after ${timeoutMs / 1000}s: ${last}`);
}

/**
 * Start the instance's nodes that are not running yet and wait until the cluster answers.
 * Returns the bootstrap servers string.
 */
export async function start({
  name = 'dev',
  nodes = 1,
  port,
  heap = '512m',
  racks = false,
  listeners = [],
  props = [],
  formatArgs = [],
  log = console.log,
} = {}) {
  const l = layout({ name, nodes, port });
  await fetchJars({ log });
  const cp = `${libsDir}/*`;
  fs.mkdirSync(l.dir, { recursive: true });
  const idFile = path.join(l.dir, 'cluster.id');
  if (!fs.existsSync(idFile)) {
    const id = execFileSync(java(), ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid']).toString().trim();
    fs.writeFileSync(idFile, id);
  }
  const clusterId = fs.readFileSync(idFile, 'utf8').trim();
  const log4jFile = path.join(l.dir, 'log4j2.yaml');
  fs.writeFileSync(log4jFile, log4j);

  let started = 0;
  for (const n of l.nodes) {
    const pid = pidOf(n);
    if (pid !== undefined && isOurs(pid, n)) continue;
    fs.mkdirSync(n.dir, { recursive: true });
    fs.writeFileSync(
      path.join(n.dir, 'server.properties'),
      nodeProperties(n, l.nodes, { rack: racks ? `rack-${n.id}` : undefined, listeners, props }),
    );
    // Extra format arguments, e.g. `--add-scram SCRAM-SHA-256=[name=alice,password=...]` (SCRAM users
    // exist from the first start, before any listener takes a login).
    format(n, clusterId, cp, formatArgs);
    const out = fs.openSync(path.join(n.dir, 'kafka.log'), 'a');
    const child = spawn(
      java(),
      [
        `-Xmx${heap}`,
        `-Xms${heap}`,
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-XX:+ExitOnOutOfMemoryError',
        '-Djava.awt.headless=true',
        `-Dlog4j2.configurationFile=${log4jFile}`,
        `-Dkafka.logs.dir=${n.dir}`,
        '-cp',
        cp,
        'kafka.Kafka',
        path.join(n.dir, 'server.properties'),
      ],
      { detached: true, stdio: ['ignore', out, out], cwd: n.dir },
    );
    child.unref();
    fs.closeSync(out);
    fs.writeFileSync(path.join(n.dir, 'kafka.pid'), String(child.pid));
    started++;
  }
  if (started) log(`Started ${started} Kafka node(s) of "${name}"; waiting for ${l.bootstrap}...`);
  await waitReady(l.bootstrap, { expectBrokers: nodes });
  return l.bootstrap;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stop the given nodes (default all) of an instance: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop({
  name = 'dev',
  nodes = 3,
  port,
  only,
  graceMs = 20_000,
  log = console.log,
} = {}) {
  const l = layout({ name, nodes, port });
  const targets = l.nodes.filter((n) => (only ? only.includes(n.id) : true));
  const pids = [];
  for (const n of targets) {
    const pid = pidOf(n);
    if (pid !== undefined && isOurs(pid, n)) {
      process.kill(pid, 'SIGTERM');
      pids.push({ pid, n });
    }
    fs.rmSync(path.join(n.dir, 'kafka.pid'), { force: true });
  }
  const deadline = Date.now() + graceMs;
  while (pids.some((p) => alive(p.pid)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  for (const p of pids) if (alive(p.pid)) process.kill(p.pid, 'SIGKILL');
  if (pids.length) log(`Stopped ${pids.length} Kafka node(s) of "${name}".`);
  return pids.length;
}

/** Remove an instance's data (it must be stopped). */
export function wipe({ name }) {
  fs.rmSync(layout({ name }).dir, { recursive: true, force: true });
}

export { root };
