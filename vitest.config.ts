import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

const alias = {
  '@': path.resolve(__dirname),
  // `server-only` throws outside React Server Components; tests run server code directly.
  'server-only': path.resolve(__dirname, 'test/server-only-stub.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // One broker on 2 cores: files run one after another so timing-sensitive checks are not starved.
    fileParallelism: false,
    // A forced gc makes memory checks (stream-leaks.int.test.ts) measure what is really kept.
    poolOptions: { forks: { execArgv: ['--expose-gc'] } },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{lib,components,app,scripts}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.dom.test.{ts,tsx}', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Browser code (hooks, component models, localStorage) in jsdom: no broker, no server.
        resolve: { alias },
        test: {
          name: 'dom',
          include: ['{lib,components,test}/**/*.dom.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['{lib,app,scripts,test}/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/broker-setup.ts'],
          // Audit lines of the tests' own changes go to a file, not into the test output.
          env: {
            KAFKA_BROKERS: '127.0.0.1:9192',
            // Route tests call handlers without a session; app/api/auth.int.test.ts turns login on.
            KAFSCOPE_AUTH: 'off',
            // The history shared through Kafka (lib/kafka/groups/store.ts) is tested end to end
            // (e2e/shared-history.spec.ts); here each test process keeps its own.
            KAFSCOPE_LAG_HISTORY_TOPIC: 'off',
            KAFSCOPE_AUDIT_LOG: path.join(os.tmpdir(), 'kafscope-audit-int.log'),
          },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
