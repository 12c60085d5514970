import { describe, expect, it } from 'vitest';
import { parseConfig, securityLabel } from './config';
import { AppError } from '@/lib/http/errors';

describe('parseConfig', () => {
  it('defaults to a local broker', () => {
    expect(parseConfig({})).toEqual({
      brokers: ['127.0.0.1:9092'],
      clientId: 'kafscope',
      connectionTimeoutMs: 3000,
      requestTimeoutMs: 10_000,
      lagSampleMs: 15_000,
      lagHistorySamples: 480,
      sasl: null,
      tls: null,
    });
  });

  it('reads SASL and TLS settings; the mechanism is case-insensitive', () => {
    const c = parseConfig({
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'alice',
      KAFKA_SASL_PASSWORD: 'pw',
      KAFKA_TLS_CA_FILE: '/etc/ca.pem',
    });
    expect(c.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'alice', password: 'pw' });
    expect(c.tls).toMatchObject({ caFile: '/etc/ca.pem' });
    expect(securityLabel(c)).toBe('SASL_SSL (SCRAM-SHA-512 as alice)');
    expect(parseConfig({ KAFKA_TLS: 'true' }).tls).toEqual({});
    expect(securityLabel(parseConfig({}))).toBe('PLAINTEXT');
  });

  it('reads a comma-separated broker list', () => {
    expect(parseConfig({ KAFKA_BROKERS: 'a:1, b.example:9093 ,[::1]:9094' }).brokers).toEqual([
      'a:1',
      'b.example:9093',
      '[::1]:9094',
    ]);
  });

  it.each([
    ['KAFKA_BROKERS', 'localhost', 'expected host:port'],
    ['KAFKA_BROKERS', 'host:99999', 'port must be 1-65535'],
    ['KAFKA_BROKERS', ',', 'at least one broker'],
    ['KAFKA_CLIENT_ID', 'bad id!', 'letters, digits'],
    ['KAFKA_REQUEST_TIMEOUT_MS', 'soon', 'KAFKA_REQUEST_TIMEOUT_MS'],
    ['KAFSCOPE_LAG_SAMPLE_MS', '10', 'KAFSCOPE_LAG_SAMPLE_MS'],
    ['KAFKA_SASL_MECHANISM', 'gssapi', 'expected plain, scram-sha-256 or scram-sha-512'],
    ['KAFKA_SASL_MECHANISM', 'plain', 'KAFKA_SASL_USERNAME is not'],
    ['KAFKA_SASL_USERNAME', 'alice', 'KAFKA_SASL_MECHANISM is not'],
    ['KAFKA_TLS', 'maybe', 'KAFKA_TLS: expected true or false'],
    ['KAFKA_TLS_CERT_FILE', '/c.pem', 'needs both KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE'],
  ])('rejects %s=%s with a clear message', (key, value, text) => {
    let err: unknown;
    try {
      parseConfig({ [key]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('config_invalid');
    expect((err as AppError).status).toBe(503);
    expect((err as AppError).message).toContain(text);
    expect((err as AppError).message).toContain('Kafscope is misconfigured');
  });

  it('never echoes a password in a config error', () => {
    let err: unknown;
    try {
      parseConfig({
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'a',
        KAFKA_SASL_PASSWORD: 'hunter2',
        KAFKA_SASL_PASSWORD_FILE: '/x',
      });
    } catch (e) {
      err = e;
    }
    expect((err as AppError).message).toContain('not both');
    expect((err as AppError).message).not.toContain('hunter2');
  });
});
