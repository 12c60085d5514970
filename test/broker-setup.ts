import { ensureTestBroker, stopTestBroker, TEST_BROKERS } from './broker.mjs';
import { stopTestRegistryIfStarted } from './registry.mjs';

// Vitest global setup for integration tests: a real broker, started only when none is up, and stopped
// afterwards only if this run started it.
export default async function setup() {
  process.env.KAFKA_BROKERS = TEST_BROKERS;
  const { started } = await ensureTestBroker();
  return async () => {
    await stopTestRegistryIfStarted(process.pid); // started by the first test that needed it
    if (started) await stopTestBroker();
  };
}
