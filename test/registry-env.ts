import { afterAll, beforeAll } from 'vitest';
import { ensureTestRegistry } from './registry.mjs';

/**
 * The test registry for this file: started when none answers, set as the server's registry before the
 * tests and unset after them. `url` is its Confluent-compatible API once the tests run.
 */
export function withTestRegistry() {
  const registry = { url: '' };
  beforeAll(async () => {
    registry.url = await ensureTestRegistry();
    process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = registry.url;
  }, 120_000);
  afterAll(() => {
    delete process.env.KAFSCOPE_SCHEMA_REGISTRY_URL;
  });
  return registry;
}
