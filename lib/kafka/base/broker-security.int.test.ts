import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { Kafka, logLevel } from 'kafkajs';
import { SECURE, USERS, startSecureBroker, stopSecureBroker } from '@/test/secure-broker.mjs';
import { uniqueName } from '@/test/kafka';
import { dropProcessSlot } from '@/lib/process-state';

// Kafscope against a real broker's SASL and TLS listeners (test/secure-broker.mjs: SCRAM users seeded by
// StorageTool --add-scram, a CA and certificates made by openssl). Each case configures Kafscope through
// the environment only, loads the app's modules afresh, and goes through the API routes: the overview,
// producing a message and reading it back.

type Files = Awaited<ReturnType<typeof startSecureBroker>>;
let files: Files;
const TOPIC = uniqueName('secure');
const SECURITY_ENV = [
  'KAFKA_BROKERS',
  'KAFKA_SASL_MECHANISM',
  'KAFKA_SASL_USERNAME',
  'KAFKA_SASL_PASSWORD',
  'KAFKA_SASL_PASSWORD_FILE',
  'KAFKA_TLS',
  'KAFKA_TLS_CA_FILE',
  'KAFKA_TLS_CERT_FILE',
  'KAFKA_TLS_KEY_FILE',
  'KAFKA_TLS_SERVERNAME',
];
const saved = Object.fromEntries(SECURITY_ENV.map((k) => [k, process.env[k]]));

beforeAll(async () => {
  files = await startSecureBroker();
  const admin = new Kafka({ brokers: [SECURE.plaintext], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 1 }] });
  await admin.disconnect();
}, 180_000);

afterAll(async () => {
  await dropClient();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  await stopSecureBroker();
});

async function dropClient() {
  const { resetConnections } = await import('./client');
  await resetConnections();
  dropProcessSlot('kafka-client');
  dropProcessSlot('clusters'); // the env cluster's settings are read again
}

/** Kafscope configured by `env` alone, as a fresh process would be. */
async function configure(env: Record<string, string>) {
  await dropClient();
  for (const k of SECURITY_ENV) delete process.env[k];
  Object.assign(process.env, env);
  vi.resetModules();
  const cluster = await import('@/app/api/clusters/[cluster]/cluster/route');
  const produce = await import('@/app/api/clusters/[cluster]/topics/[topic]/produce/route');
  const messages = await import('@/app/api/clusters/[cluster]/topics/[topic]/messages/route');
  const noParams = { params: Promise.resolve({}) };
  const topicParams = { params: Promise.resolve({ topic: TOPIC }) };
  return {
    overview: async () => {
      const started = Date.now();
      const res = await cluster.GET(new NextRequest('http://localhost/api/cluster'), noParams);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field below
      return { status: res.status, body: (await res.json()) as any, ms: Date.now() - started };
    },
    roundTrip: async (text: string) => {
      const sent = await produce.POST(
        new NextRequest(`http://localhost/api/topics/${TOPIC}/produce`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ value: { type: 'text', text } }),
        }),
        topicParams,
      );
      expect(sent.status).toBe(200);
      const { written } = (await sent.json()) as { written: { offset: number }[] };
      const offset = written[0]!.offset;
      const read = await messages.GET(
        new NextRequest(
          `http://localhost/api/topics/${TOPIC}/messages?start=offset&partition=0&offset=${offset}&max=1&format=ndjson`,
        ),
        topicParams,
      );
      expect(read.status).toBe(200);
      const value: unknown = JSON.parse((await read.text()).trim()).value;
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
  };
}

describe('broker security (SASL and TLS from server env)', () => {
  it.each([
    ['PLAIN', 'plain', USERS.plain],
    ['SCRAM-SHA-256', 'scram-sha-256', USERS.scram256],
    ['SCRAM-SHA-512', 'scram-sha-512', USERS.scram512],
  ])('SASL_PLAINTEXT with %s: overview, produce and read back', async (label, mechanism, user) => {
    const app = await configure({
      KAFKA_BROKERS: SECURE.sasl,
      KAFKA_SASL_MECHANISM: mechanism,
      KAFKA_SASL_USERNAME: user.username,
      KAFKA_SASL_PASSWORD: user.password,
    });
    const o = await app.overview();
    expect(o.status).toBe(200);
    expect(o.body.security).toBe(`SASL_PLAINTEXT (${label} as ${user.username})`);
    expect(o.body.brokers).toHaveLength(1);
    expect(await app.roundTrip(`over ${label}`)).toBe(`over ${label}`);
  });

  it('reads the SASL password from KAFKA_SASL_PASSWORD_FILE', async () => {
    const file = path.join(os.tmpdir(), `kafscope-sasl-${process.pid}`);
    fs.writeFileSync(file, `${USERS.scram512.password}\n`, { mode: 0o600 });
    try {
      const app = await configure({
        KAFKA_BROKERS: SECURE.sasl,
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_SASL_USERNAME: USERS.scram512.username,
        KAFKA_SASL_PASSWORD_FILE: file,
      });
      expect((await app.overview()).status).toBe(200);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('a wrong password is a clear 503 within a second, not a hang, and says nothing secret', async () => {
    const app = await configure({
      KAFKA_BROKERS: SECURE.sasl,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: USERS.scram256.username,
      KAFKA_SASL_PASSWORD: 'not-the-password',
    });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.code).toBe('broker_auth_failed');
    expect(o.body.error.message).toMatch(/^Kafka refused Kafscope's login: .*invalid credentials/);
    expect(o.body.error.message).toContain('KAFKA_SASL_PASSWORD');
    expect(o.body.error.message).not.toContain('not-the-password');
    expect(o.ms).toBeLessThan(1000);
  });

  it('no SASL against a SASL listener is a 503 that points at the settings', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.sasl });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.message).toContain('needs SASL or TLS');
  });

  it('TLS with the CA from KAFKA_TLS_CA_FILE: overview, produce and read back', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.ssl, KAFKA_TLS_CA_FILE: files.ca });
    const o = await app.overview();
    expect(o.status).toBe(200);
    expect(o.body.security).toBe('SSL');
    expect(await app.roundTrip('over TLS')).toBe('over TLS');
  });

  it('TLS against a certificate from another CA is refused with the reason', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.ssl, KAFKA_TLS_CA_FILE: files.otherCa });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.code).toBe('broker_auth_failed');
    expect(o.body.error.message).toMatch(/TLS handshake .* failed: unable to verify the first certificate/);
    expect(o.ms).toBeLessThan(3000);
  });

  it('without a CA, the system trust store does not know the test CA: refused', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.ssl, KAFKA_TLS: 'true' });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.code).toBe('broker_auth_failed');
  });

  it('mTLS: a client certificate opens the listener that requires one; without it, refused', async () => {
    const withCert = await configure({
      KAFKA_BROKERS: SECURE.mtls,
      KAFKA_TLS_CA_FILE: files.ca,
      KAFKA_TLS_CERT_FILE: files.clientCert,
      KAFKA_TLS_KEY_FILE: files.clientKey,
    });
    const o = await withCert.overview();
    expect(o.status).toBe(200);
    expect(o.body.security).toBe('SSL (client certificate)');
    expect(await withCert.roundTrip('over mTLS')).toBe('over mTLS');

    const without = await configure({ KAFKA_BROKERS: SECURE.mtls, KAFKA_TLS_CA_FILE: files.ca });
    const refused = await without.overview();
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('broker_auth_failed');
    expect(refused.body.error.message).toContain('KAFKA_TLS_CERT_FILE');
  });

  it('SASL_SSL: SCRAM-SHA-512 over TLS', async () => {
    const app = await configure({
      KAFKA_BROKERS: SECURE.saslSsl,
      KAFKA_TLS_CA_FILE: files.ca,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: USERS.scram512.username,
      KAFKA_SASL_PASSWORD: USERS.scram512.password,
    });
    const o = await app.overview();
    expect(o.status).toBe(200);
    expect(o.body.security).toBe(`SASL_SSL (SCRAM-SHA-512 as ${USERS.scram512.username})`);
    expect(await app.roundTrip('over SASL_SSL')).toBe('over SASL_SSL');
  });

  it('TLS to a plaintext listener says so', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.plaintext, KAFKA_TLS_CA_FILE: files.ca });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.code).toBe('broker_auth_failed');
  });

  it('a missing CA file is a config error that names the setting', async () => {
    const app = await configure({ KAFKA_BROKERS: SECURE.ssl, KAFKA_TLS_CA_FILE: '/nonexistent/ca.pem' });
    const o = await app.overview();
    expect(o.status).toBe(503);
    expect(o.body.error.code).toBe('config_invalid');
    expect(o.body.error.message).toContain(
      'KAFKA_TLS_CA_FILE: the CA certificate file /nonexistent/ca.pem: no such file',
    );
  });
});
