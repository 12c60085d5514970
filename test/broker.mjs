// The broker the test run uses: a separate instance ("test", 127.0.0.1:9192) so tests never touch the
// developer's dev broker and can stop and restart it freely. ensureTestBroker() starts it when it is not
// up and says whether it did, so whoever started it also stops it.
import { start, stop, runningNodes, waitReady, wipe } from '../scripts/kafka/broker.mjs';

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
