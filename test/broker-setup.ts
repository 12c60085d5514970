import { ensureTestBroker, stopTestBroker, TEST_BROKERS } from './broker.mjs';

// Vitest global setup for integration tests: a real broker, started only when none is up, and stopped
// afterwards only if this run started it.
export default async function setup() {
  process.env.KAFKA_BROKERS = TEST_BROKERS;
  const { started } = await ensureTestBroker();
  return async () => {
    if (started) await stopTestBroker();
  };
}
