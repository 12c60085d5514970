import { describe, expect, it } from 'vitest';
import { encode as msgpack } from '@msgpack/msgpack';
import type { EncodingChoice } from '@/lib/decode';
import type { RawRecord } from '@/lib/kafka/wire/internals';
import { openFilter } from './filter';
import { toCandidate } from './records';

// The look at raw bytes must never drop a record the whole filter would keep. Every case runs the real
// filter (decoding, quick search, CEL in its worker) over a mix of values and checks the prefilter let
// every match through, and that it did leave some out (else it would be a check that cannot fail).

const raw = (value: Buffer | null, key: Buffer | null = null, headers: RawRecord['headers'] = {}) =>
  ({ offset: '0', timestamp: '0', key, value, headers, isControlRecord: false }) as RawRecord;
const json = (v: unknown) => Buffer.from(JSON.stringify(v));

const VALUES: Buffer[] = [
  json({ status: 'refunded', amount: 995, user: 'user-999', tags: ['refunded', 'vip'] }),
  json({ status: 'paid', amount: 10, user: 'USER-1', tags: ['new'] }),
  Buffer.from('{"status":"ref\\u0075nded","amount":991}'), // escaped: the literal is not in the bytes
  json({ status: 'refunded', note: '한국어 메모', amount: 999 }),
  json({ status: 'paid', sign: '\u212a and \u0130' }), // lower-case to "k" and "i̇"
  json({ a: { b: 'refunded' } }),
  Buffer.from('  {"status": "refunded"}'),
  Buffer.from('plain text refunded USER-999'),
  Buffer.from('텍스트 한국'),
  Buffer.from(msgpack({ status: 'refunded', amount: 992 })),
  Buffer.from(msgpack({ status: 'paid' })),
  Buffer.from([0, 0, 0, 0, 7, 2, 10, 0x72, 0x65, 0x66]), // the registry's wire format (no registry here)
  Buffer.from([0xff, 0xfe, 0x01, 0x02]), // not UTF-8: binary
  Buffer.from([0xad, 0xe7, 0xe6, 0xba, 0x77, 0x5d]), // binary whose base64 is "refunded"
  Buffer.from('ctrl\u0001refunded'), // control character: binary for auto
];
const KEYS: (Buffer | null)[] = [null, Buffer.from('k-refunded'), json({ k: 'x' })];
const RECORDS: RawRecord[] = [
  ...VALUES.flatMap((v, i) => [raw(v, KEYS[i % KEYS.length]!), raw(v)]),
  raw(null, Buffer.from('x')),
  raw(json({ status: 'paid' }), null, { source: Buffer.from('refunded-feed') }),
];

async function check(expr: string | undefined, q: string | undefined, as: EncodingChoice = 'auto') {
  const f = (await openFilter(expr, q, { keyAs: as, valueAs: as }))!;
  const cands = RECORDS.map((r) => toCandidate('t', 0, r, as, as));
  const truth = await f.test(cands, new AbortController().signal).finally(() => f.close());
  const maybe = RECORDS.map((r) => f.maybe(r));
  const missed = RECORDS.filter((_, i) => truth[i] && !maybe[i]).map((r) => r.value?.toString('latin1'));
  expect(missed, `${expr ?? ''} ${q ?? ''} as ${as}: dropped a match`).toEqual([]);
  return { matches: truth.filter(Boolean).length, left: maybe.filter((m) => !m).length };
}

describe('prefilter', () => {
  it.each([['refunded'], ['REFUNDED'], ['user-999'], ['k'], ['i'], ['한국'], ['"status"'], ['ctrl']])(
    'quick search %s never drops a match',
    async (q) => {
      const { matches, left } = await check(undefined, q);
      expect(left).toBeGreaterThan(0);
      if (q !== 'ctrl') expect(matches).toBeGreaterThan(0);
    },
  );

  it.each(['text', 'json', 'msgpack', 'binary'] as const)(
    'quick search as %s never drops a match',
    async (as) => {
      await check(undefined, 'refunded', as);
    },
  );

  it.each([
    'value.status == "refunded"',
    '"refunded" == value.status && value.amount > 990',
    'value["status"] == "refunded"',
    'value.status in ["refunded", "chargeback"]',
    '"refunded" in value.tags',
    'value.status.contains("fund")',
    'value.a.b == "refunded"',
    'key.k == "x"',
    'value == "refunded"', // text values: no field, so no byte rule (base64 of binary may equal it)
    'value.status == "refunded" || value.status == "paid"', // not a conjunction: no byte rule
  ])('CEL %s never drops a match', async (expr) => {
    for (const as of ['auto', 'json', 'msgpack', 'text'] as const) await check(expr, undefined, as);
  });

  it('leaves out records that cannot match a field condition, and keeps escaped JSON', async () => {
    const { matches, left } = await check('value.status == "refunded"', undefined);
    expect(matches).toBe(10); // the five values whose status is "refunded" (escaped, msgpack too), with and without a key
    expect(left).toBeGreaterThan(10);
  });

  it('quick search and CEL together: both must allow the record', async () => {
    const { matches, left } = await check('value.amount > 990', 'user-999');
    expect(matches).toBe(2);
    expect(left).toBeGreaterThan(0);
  });
});
