import { describe, expect, it } from 'vitest';
// kafkajs's own error classes, so the mapping is checked against what kafkajs really throws.
import KafkaErrors from 'kafkajs/src/errors';
import { createErrorFromCode } from 'kafkajs/src/protocol/error';
import { AppError } from '@/lib/http/errors';
import { toAppError } from './errors';

const {
  KafkaJSConnectionError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSAggregateError,
  KafkaJSCreateTopicError,
} = KafkaErrors as Record<string, new (...args: never[]) => Error>;

describe('toAppError', () => {
  it('maps unknown topic to 404 and existing topic to 409', () => {
    expect(toAppError(createErrorFromCode(3)).status).toBe(404);
    expect(toAppError(createErrorFromCode(36)).status).toBe(409);
  });

  it('unwraps retries and aggregates to the protocol error inside', () => {
    const inner = new (KafkaJSCreateTopicError as new (e: Error, t: string) => Error)(
      createErrorFromCode(37),
      't',
    );
    const agg = new (KafkaJSAggregateError as new (m: string, e: Error[]) => Error)('failed', [inner]);
    const mapped = toAppError(agg);
    expect(mapped.code).toBe('bad_request');
    expect(mapped.message).toMatch(/Kafka refused: .*partitions/i);
  });

  it('maps a refused connection, even after retries, to 503', () => {
    const conn = new (KafkaJSConnectionError as new (m: string) => Error)(
      'Connection error: connect ECONNREFUSED 127.0.0.1:1',
    );
    const retried = new (KafkaJSNumberOfRetriesExceeded as new (e: Error, o: object) => Error)(conn, {
      retryCount: 2,
      retryTime: 10,
    });
    const mapped = toAppError(retried);
    expect(mapped.status).toBe(503);
    expect(mapped.code).toBe('broker_unavailable');
  });

  it('never exposes internals of unexpected errors', () => {
    const mapped = toAppError(new TypeError('x is undefined at /srv/app/lib/secret.js:10'));
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.status).toBe(500);
    expect(mapped.message).not.toContain('secret');
  });
});
