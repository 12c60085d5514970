import { Kafka, logLevel } from 'kafkajs';
import { ensureTestBroker, startTestB, stopTestB, stopTestBroker, TEST_BROKERS } from '../test/broker.mjs';
import { seedDemo } from '../scripts/demo-data.mjs';
import { seedRegistryDemo } from '../scripts/demo-registry.mjs';
import { startTestRegistry, stopTestRegistry } from '../test/registry.mjs';
import { startIdp } from './fixtures/idp';

// A real broker with the demo topics, so pages and screenshots show what a user of `npm run demo` sees.
export default async function globalSetup() {
  // The second cluster of e2e/clusters.spec.ts starts alongside (its JVM starts while this one seeds).
  const [{ started }] = await Promise.all([ensureTestBroker(), startTestB()]);
  const kafka = new Kafka({
    clientId: 'kafscope-e2e-seed',
    brokers: [TEST_BROKERS],
    logLevel: logLevel.NOTHING,
  });
  await seedDemo(kafka);
  // The demo's registry topics too (Avro, Protobuf, JSON Schema), against the test registry.
  const registry = await startTestRegistry();
  await seedRegistryDemo(kafka, registry.url);
  // The OpenID Connect provider the sign-in server (playwright.config.ts, port + 1) is pointed at.
  const stopIdp = await startIdp(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`);
  return async () => {
    await stopIdp();
    if (registry.started) await stopTestRegistry();
    if (started) await stopTestBroker();
    await stopTestB();
  };
}
