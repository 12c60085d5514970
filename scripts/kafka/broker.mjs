// Start and stop real Apache Kafka nodes on this host from the Maven Central jars: no Docker. KRaft by
// default, in any version of scripts/kafka/jars.mjs; `zookeeper: true` (3.x only) runs a ZooKeeper beside
// the brokers instead of a controller quorum.
// An "instance" is a folder under .kafka/ holding one sub-folder per node (config, data, log, pid).
// start() is idempotent (nodes already running are left alone) and waits until the admin API answers
// with every broker registered; stop() stops only the processes whose pid files this script wrote.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_KAFKA, fetchJars, kafkaHome, root } from './jars.mjs';
import { java, running, signal, spawnJava, stopPids } from './process.mjs';
import { startZookeeper, zookeeperOf } from './zookeeper.mjs';

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
function nodeProperties(n, all, { rack, listeners = [], props = [], zookeeper } = {}) {
  const voters = all.map((o) => `${o.id}@127.0.0.1:${o.controllerPort}`).join(',');
  const rf = Math.min(3, all.length);
  const extra = listeners.map((l) => `${l.name}://127.0.0.1:${n.clientPort + l.port}`);
  const map = [
    ...(zookeeper ? [] : ['CONTROLLER:PLAINTEXT']),
    'PLAINTEXT:PLAINTEXT',
    ...listeners.map((l) => `${l.name}:${l.protocol}`),
  ];
  const mode = zookeeper
    ? [
        `broker.id=${n.id}`,
        `zookeeper.connect=${zookeeper}`,
        `listeners=${[`PLAINTEXT://127.0.0.1:${n.clientPort}`, ...extra].join(',')}`,
      ]
    : [
        'process.roles=broker,controller',
        `node.id=${n.id}`,
        `controller.quorum.voters=${voters}`,
        `listeners=${[`PLAINTEXT://127.0.0.1:${n.clientPort}`, `CONTROLLER://127.0.0.1:${n.controllerPort}`, ...extra].join(',')}`,
        'controller.listener.names=CONTROLLER',
      ];
  return [
    ...mode,
    `advertised.listeners=${[`PLAINTEXT://127.0.0.1:${n.clientPort}`, ...extra].join(',')}`,
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

// Log4j 2's own properties format: read without Jackson (3.x brokers lack jackson-dataformat-yaml).
const log4j = [
  'status=warn',
  'appender.out.type=Console',
  'appender.out.name=STDOUT',
  'appender.out.layout.type=PatternLayout',
  'appender.out.layout.pattern=[%d] %p %m (%c)%n',
  'rootLogger.level=warn',
  'rootLogger.appenderRef.out.ref=STDOUT',
  ...['kafka.server.KafkaRaftServer', 'kafka.server.BrokerServer', 'kafka.server.KafkaServer'].flatMap(
    (c, i) => [`logger.l${i}.name=${c}`, `logger.l${i}.level=info`],
  ),
  '',
].join('\n');

export function runningNodes(opts) {
  return layout(opts).nodes.filter((n) => running(n.dir, 'server.properties'));
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
 * Returns the bootstrap servers string. `version` is one of scripts/kafka/jars.mjs; `zookeeper: true`
 * (Kafka 3.x only) runs the brokers on a ZooKeeper instead of a KRaft quorum.
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
  version = DEFAULT_KAFKA,
  zookeeper = false,
  log = console.log,
} = {}) {
  const l = layout({ name, nodes, port });
  const cp = `${await fetchJars({ log, version })}/*`;
  fs.mkdirSync(l.dir, { recursive: true });
  const log4jFile = path.join(l.dir, 'log4j2.properties');
  fs.writeFileSync(log4jFile, log4j);
  const zkConnect = zookeeper ? await startZookeeper(l, { cp, log4jFile }) : undefined;
  let clusterId;
  if (!zookeeper) {
    const idFile = path.join(l.dir, 'cluster.id');
    if (!fs.existsSync(idFile)) {
      const id = execFileSync(java(), ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid'])
        .toString()
        .trim();
      fs.writeFileSync(idFile, id);
    }
    clusterId = fs.readFileSync(idFile, 'utf8').trim();
  }

  let started = 0;
  for (const n of l.nodes) {
    if (running(n.dir, 'server.properties')) continue;
    fs.mkdirSync(n.dir, { recursive: true });
    fs.writeFileSync(
      path.join(n.dir, 'server.properties'),
      nodeProperties(n, l.nodes, {
        rack: racks ? `rack-${n.id}` : undefined,
        listeners,
        props,
        zookeeper: zkConnect,
      }),
    );
    // Extra format arguments, e.g. `--add-scram SCRAM-SHA-256=[name=alice,password=...]` (SCRAM users
    // exist from the first start, before any listener takes a login). ZooKeeper mode formats nothing.
    if (clusterId) format(n, clusterId, cp, formatArgs);
    spawnJava(n.dir, { heap, cp, main: 'kafka.Kafka', config: 'server.properties', log4jFile });
    started++;
  }
  if (started) log(`Started ${started} Kafka ${version} node(s) of "${name}"; waiting for ${l.bootstrap}...`);
  await waitReady(l.bootstrap, { expectBrokers: nodes });
  return l.bootstrap;
}

/**
 * Stop the given nodes (default all) of an instance: SIGTERM, then SIGKILL after `graceMs`. Without
 * `only`, an instance's ZooKeeper (if it has one) is stopped too, after its brokers.
 */
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
  const pids = targets.map((n) => signal(n.dir, 'server.properties')).filter((p) => p !== undefined);
  await stopPids(pids, graceMs);
  if (!only) {
    const zk = signal(zookeeperOf(l).dir, 'zookeeper.properties');
    if (zk !== undefined) await stopPids([zk], graceMs);
  }
  if (pids.length) log(`Stopped ${pids.length} Kafka node(s) of "${name}".`);
  return pids.length;
}

/** Remove an instance's data (it must be stopped). */
export function wipe({ name }) {
  fs.rmSync(layout({ name }).dir, { recursive: true, force: true });
}

export { root };
