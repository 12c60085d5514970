import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { TEST_BROKERS } from './test/broker.mjs';
import { TEST_REGISTRY_URL } from './test/registry.mjs';
import { IDP_CLIENT, IDP_ISSUER } from './e2e/fixtures/idp';

// E2E runs the production build (npm test builds it first) against the real test broker, in Debian's
// Chromium: Playwright's own browser downloads cannot work on our machines.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const AUTH_PORT = PORT + 1;
const AUTH_AUDIT_LOG = path.join(os.tmpdir(), 'kafscope-audit-e2e-auth.log');
const CLUSTERS_PORT = PORT + 2;
const SESSION_SECRET = 'e2e-session-secret-0123456789abcdef';

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    // English unless a test asks for another language (e2e/i18n.spec.ts): the browser's Accept-Language.
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  // `console` is the suite (npm test); `screenshots` (npm run screenshots) takes the README's pictures
  // (e2e/fixtures/shots.ts), running the tests whose title says "(screenshots)".
  projects: [{ name: 'console' }, { name: 'screenshots', grep: /\(screenshots\)/ }],
  webServer: [
    {
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      // Lag samples every second, so lag charts have points within the tests.
      env: {
        KAFKA_BROKERS: TEST_BROKERS,
        KAFKA_REQUEST_TIMEOUT_MS: '5000',
        KAFSCOPE_LAG_SAMPLE_MS: '1000',
        // Each server keeps its own history; sharing it through Kafka is e2e/shared-history.spec.ts's.
        KAFSCOPE_LAG_HISTORY_TOPIC: 'off',
        KAFSCOPE_SCHEMA_REGISTRY_URL: TEST_REGISTRY_URL,
        KAFSCOPE_AUDIT_LOG: path.join(os.tmpdir(), 'kafscope-audit-e2e.log'),
        // The specs of the console itself run without login; e2e/auth.spec.ts uses the server below.
        KAFSCOPE_AUTH: 'off',
      },
    },
    {
      // The same build with login on and the users of e2e/fixtures/users.json (viewer, editor, admin).
      command: `npx next start -p ${AUTH_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${AUTH_PORT}/api/settings`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        KAFKA_BROKERS: TEST_BROKERS,
        KAFKA_REQUEST_TIMEOUT_MS: '5000',
        KAFSCOPE_AUDIT_LOG: AUTH_AUDIT_LOG,
        KAFSCOPE_LAG_HISTORY_TOPIC: 'off',
        KAFSCOPE_AUTH: 'login',
        KAFSCOPE_SCHEMA_REGISTRY_URL: TEST_REGISTRY_URL,
        KAFSCOPE_USERS_FILE: path.resolve('e2e/fixtures/users.json'),
        KAFSCOPE_SESSION_SECRET: SESSION_SECRET,
        // Single sign-on against the provider e2e/global-setup.ts starts (e2e/fixtures/idp.ts).
        KAFSCOPE_PUBLIC_URL: `http://127.0.0.1:${AUTH_PORT}`,
        KAFSCOPE_OIDC_ISSUER: IDP_ISSUER,
        KAFSCOPE_OIDC_CLIENT_ID: IDP_CLIENT.id,
        KAFSCOPE_OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
        KAFSCOPE_OIDC_SCOPES: 'openid profile groups',
        KAFSCOPE_OIDC_ADMIN_GROUPS: 'kafscope-admins',
        KAFSCOPE_OIDC_VIEWER_GROUPS: 'kafscope-viewers',
        KAFSCOPE_OIDC_LABEL: 'Test IdP',
      },
    },
    {
      // Several clusters (e2e/clusters.spec.ts): e2e/fixtures/clusters.yaml, login on with the same users and
      // session secret as the server above, so a session from one instance is good on the other.
      command: `npx next start -p ${CLUSTERS_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${CLUSTERS_PORT}/api/settings`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        KAFSCOPE_CONFIG: path.resolve('e2e/fixtures/clusters.yaml'),
        KAFKA_REQUEST_TIMEOUT_MS: '5000',
        KAFSCOPE_LAG_SAMPLE_MS: '1000',
        KAFSCOPE_AUDIT_LOG: path.join(os.tmpdir(), 'kafscope-audit-e2e-clusters.log'),
        KAFSCOPE_LAG_HISTORY_TOPIC: 'off',
        KAFSCOPE_AUTH: 'login',
        KAFSCOPE_USERS_FILE: path.resolve('e2e/fixtures/users.json'),
        KAFSCOPE_SESSION_SECRET: SESSION_SECRET,
      },
    },
  ],
});
