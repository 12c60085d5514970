import { Kafka, logLevel } from 'kafkajs';
import { ensureTestBroker, stopTestBroker, TEST_BROKERS } from '../test/broker.mjs';
import { seedDemo } from '../scripts/demo-data.mjs';

// A real broker with the demo topics, so pages and screenshots show what a user of `npm run demo` sees.
export default async function globalSetup() {
  const { started } = await ensureTestBroker();
  await seedDemo(
    new Kafka({ clientId: 'kafscope-e2e-seed', brokers: [TEST_BROKERS], logLevel: logLevel.NOTHING }),
  );
  return async () => {
    if (started) await stopTestBroker();
  };
}
