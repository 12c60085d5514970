import { describe, expect, it } from 'vitest';
import type { Message } from '@/lib/schemas/messages';
import { downloadJson, downloadRecord } from './download';

const T = Date.UTC(2026, 11, 2, 12, 51, 31, 123);
const msg = (
  value: Message['value'],
  key: Message['key'] = { encoding: 'null', size: 0, truncated: false },
): Message => ({
  partition: 1,
  offset: 7,
  timestamp: T,
  timestampType: 'create',
  key,
  value,
  headers: [{ key: 'source', value: { encoding: 'text', size: 3, truncated: false, text: 'web' } }],
});

describe('a message in a download', () => {
  it('holds a JSON value as JSON, not as an escaped string, and the time in the chosen zone', () => {
    const r = downloadRecord(
      msg(
        { encoding: 'json', size: 20, truncated: false, text: '{"amount":12.5,"currency":"GBP"}' },
        {
          encoding: 'text',
          size: 3,
          truncated: false,
          text: 'k-1',
        },
      ),
      'Asia/Seoul',
    );
    expect(r).toMatchObject({
      key: 'k-1',
      value: { amount: 12.5, currency: 'GBP' },
      valueEncoding: 'json',
      timestamp: T,
      time: '2026-12-02T21:51:31.123+09:00',
      headers: [{ key: 'source', value: 'web' }],
    });
    expect(JSON.stringify(r)).not.toContain('\\"amount\\"');
  });

  it('tombstones are null; bytes stay base64; MessagePack is the JSON it decodes to', () => {
    expect(downloadRecord(msg({ encoding: 'null', size: 0, truncated: false }), 'UTC').value).toBeNull();
    expect(
      downloadRecord(msg({ encoding: 'binary', size: 2, truncated: false, base64: 'AAE=' }), 'UTC').value,
    ).toEqual({
      base64: 'AAE=',
    });
    expect(
      downloadRecord(
        msg({ encoding: 'msgpack', size: 5, truncated: false, base64: 'gaFhAQ==', text: '{"a":1}' }),
        'UTC',
      ).value,
    ).toEqual({ a: 1 });
    expect(downloadRecord(msg({ encoding: 'text', size: 2, truncated: false, text: 'hi' }), 'UTC').time).toBe(
      '2026-12-02T12:51:31.123Z',
    );
  });

  it('holds an Avro value as the JSON it decodes to, with the schema it names', () => {
    const schema = { id: 7, format: 'avro' as const, subject: 'orders-value', version: 2 };
    const r = downloadRecord(
      msg({
        encoding: 'avro',
        size: 12,
        truncated: false,
        text: '{"id":42,"note":null}',
        base64: 'AAAA',
        schema,
      }),
      'UTC',
    );
    expect(r).toMatchObject({ value: { id: 42, note: null }, valueEncoding: 'avro', valueSchema: schema });
    expect(r).not.toHaveProperty('keySchema');
  });
});

describe('numbers in a download', () => {
  it('keep every digit of a long beyond 2^53 and of a long decimal (JSON.parse would round them)', () => {
    const text =
      '{"id":9007199254740993,"amount":12345678901234567.25,"small":3,"list":[18446744073709551615]}';
    const line = downloadJson(msg({ encoding: 'avro', size: 40, truncated: false, text }), 'UTC');
    expect(line).toContain('"value":{"id":9007199254740993,"amount":12345678901234567.25,"small":3,');
    expect(line).toContain('"list":[18446744073709551615]');
    expect(JSON.parse(line)).toMatchObject({ partition: 1, offset: 7, valueEncoding: 'avro' });
  });

  it('writes ordinary records as JSON.stringify does', () => {
    const m = msg({ encoding: 'json', size: 9, truncated: false, text: '{"a":1.5}' });
    expect(downloadJson(m, 'UTC')).toBe(JSON.stringify(downloadRecord(m, 'UTC')));
  });
});
