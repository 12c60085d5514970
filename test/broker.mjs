// The broker the test run uses: a separate instance ("test", 127.0.0.1:9192) so tests never touch the
// developer's dev broker and can stop and restart it freely. ensureTestBroker() starts it when it is not
// up and says whether it did, so whoever started it also stops it.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { start, stop, runningNodes, waitReady, wipe } from '../scripts/kafka/broker.mjs';
import { libsDir } from '../scripts/kafka/jars.mjs';

export const TEST_INSTANCE = 'test';
export const TEST_PORT = 9192;
export const TEST_BROKERS = `127.0.0.1:${TEST_PORT}`;

export async function ensureTestBroker() {
  if (runningNodes({ name: TEST_INSTANCE, nodes: 1, port: TEST_PORT }).length) {
    await waitReady(TEST_BROKERS);
    return { started: false };
  }
  // A run that starts the broker starts it empty, so every run sees the same cluster.
  wipe({ name: TEST_INSTANCE });
  await start({ name: TEST_INSTANCE, nodes: 1, port: TEST_PORT, log: () => {} });
  return { started: true };
}

export const startTestBroker = () => start({ name: TEST_INSTANCE, nodes: 1, port: TEST_PORT, log: () => {} });
export const stopTestBroker = () => stop({ name: TEST_INSTANCE, nodes: 1, port: TEST_PORT, log: () => {} });

// A 3-broker cluster for the tests that need replication (replicas, ISR, a stopped broker). Ports
// 19192/29192/39192; started by the test that uses it and stopped and wiped by it afterwards.
export const TEST3 = { name: 'test3', nodes: 3, port: 9192 };
export const TEST3_BROKERS = '127.0.0.1:19192,127.0.0.1:29192,127.0.0.1:39192';
export async function startTest3() {
  await stop({ ...TEST3, log: () => {} });
  wipe({ name: TEST3.name });
  await start({ ...TEST3, log: () => {} });
}
export const stopTest3Node = (id) => stop({ ...TEST3, only: [id], log: () => {} });
/** Start the nodes of test3 that are stopped (their data kept) and wait for all three. */
export const restartTest3Nodes = () => start({ ...TEST3, log: () => {} });
export async function stopTest3() {
  await stop({ ...TEST3, log: () => {} });
  wipe({ name: TEST3.name });
}

// A second cluster for the tests of several clusters (issue 19): its own instance on 127.0.0.1:9692, started
// empty by the test that needs it and stopped and wiped afterwards.
export const TEST_B = { name: 'test-b', nodes: 1, port: 9692, heap: '384m' };
export const TEST_B_BROKERS = '127.0.0.1:9692';
export async function startTestB() {
  await stop({ ...TEST_B, log: () => {} });
  wipe({ name: TEST_B.name });
  await start({ ...TEST_B, log: () => {} });
}
export async function stopTestB() {
  await stop({ ...TEST_B, log: () => {} });
  wipe({ name: TEST_B.name });
}

// The broker matrix (test/matrix): older Kafka versions, one at a time, each on its own port. Started
// empty by the file that tests it and stopped and wiped afterwards.
export const MATRIX = {
  '4.1-kraft': { version: '4.1.2', port: 9592 },
  '3.9-kraft': { version: '3.9.1', port: 9492 },
  '3.9-zookeeper': { version: '3.9.1', port: 9392, zookeeper: true },
};
const matrixOpts = (key) => ({
  name: `matrix-${key}`,
  nodes: 1,
  heap: '384m',
  log: () => {},
  ...MATRIX[key],
});
export async function startMatrixBroker(key) {
  await stop(matrixOpts(key));
  wipe(matrixOpts(key));
  return start(matrixOpts(key));
}
export async function stopMatrixBroker(key) {
  await stop(matrixOpts(key));
  wipe(matrixOpts(key));
}

// Kafka's own command-line tools (the peer client of tests: kafka-share-groups, kafka-configs, the console
// consumers), run from the default version's jars as `java -cp '<libs>/*' <main class> args`.
const toolArgs = (main, args) => ['-Xmx256m', '-cp', path.join(libsDir, '*'), main, ...args];
export function kafkaTool(main, args, { timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) =>
    execFile('java', toolArgs(main, args), { timeout: timeoutMs }, (err, stdout, stderr) =>
      err ? reject(new Error(`${main} failed: ${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}
/**
 * Kafka's scripts as a distribution has them (kafka-topics.sh, ...), written into `dir` as wrappers of the
 * jars' main classes, so a command line the console shows can be pasted into a shell as it is.
 */
export const KAFKA_SCRIPTS = {
  'kafka-topics.sh': 'org.apache.kafka.tools.TopicCommand',
  'kafka-consumer-groups.sh': 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  'kafka-configs.sh': 'org.apache.kafka.tools.ConfigCommand',
  'kafka-console-consumer.sh': 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  'kafka-console-producer.sh': 'org.apache.kafka.tools.ConsoleProducer',
};
export function writeKafkaScripts(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, main] of Object.entries(KAFKA_SCRIPTS)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `#!/bin/sh\nexec java -Xmx256m -cp '${path.join(libsDir, '*')}' ${main} "$@"\n`);
    fs.chmodSync(file, 0o755);
  }
  return dir;
}

/** The same, left running (a consumer): kill it when done. */
export const spawnKafkaTool = (main, args) => spawn('java', toolArgs(main, args), { stdio: 'ignore' });
