import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { AppError } from './errors';

describe('parseConfig', () => {
  it('defaults to a local broker', () => {
    expect(parseConfig({})).toEqual({
      brokers: ['127.0.0.1:9092'],
      clientId: 'kafscope',
      connectionTimeoutMs: 3000,
      requestTimeoutMs: 10_000,
      lagSampleMs: 15_000,
      lagHistorySamples: 480,
    });
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
});
