// The Schema Registry the tests use: its own instance ("test", 127.0.0.1:8181), started by the first test
// that needs it and stopped by the global teardown (test/broker-setup.ts) when this run started it.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { registryUrl, startRegistry, stopRegistry } from '../scripts/registry/registry.mjs';

export const TEST_REGISTRY_URL = registryUrl('test');
const marker = path.join(os.tmpdir(), `kafscope-test-registry-${process.ppid}`);

/**
 * Start the test registry unless it runs; answer its Confluent-compatible URL. In a Vitest worker it marks
 * the run as the one that started it (the global teardown stops it then).
 */
export async function ensureTestRegistry() {
  const res = await fetch(`${TEST_REGISTRY_URL}/subjects`).catch(() => null);
  if (res?.ok) return TEST_REGISTRY_URL;
  await startRegistry({ name: 'test', log: () => {} });
  fs.writeFileSync(marker, 'started');
  return TEST_REGISTRY_URL;
}

/** For a setup that stops what it started itself: whether this call started the registry. */
export async function startTestRegistry() {
  const res = await fetch(`${TEST_REGISTRY_URL}/subjects`).catch(() => null);
  if (res?.ok) return { url: TEST_REGISTRY_URL, started: false };
  await startRegistry({ name: 'test', log: () => {} });
  return { url: TEST_REGISTRY_URL, started: true };
}

export const stopTestRegistry = () => stopRegistry({ name: 'test', log: () => {} });

/** Stop the test registry if a test of this run started it. */
export async function stopTestRegistryIfStarted(pid = process.pid) {
  const file = path.join(os.tmpdir(), `kafscope-test-registry-${pid}`);
  if (!fs.existsSync(file)) return;
  fs.rmSync(file, { force: true });
  await stopRegistry({ name: 'test', log: () => {} });
}
