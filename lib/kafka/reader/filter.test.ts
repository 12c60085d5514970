import { afterEach, describe, expect, it } from 'vitest';
import { openFilter, type FilterInput, type MessageFilter } from './filter';
import { FILTER_WORKERS_MAX, RECORD_BUDGET_MS } from './filter-pool';
import { toCandidate } from './records';
import { decodeBytes, type EncodingChoice } from '@/lib/decode';
import type { RawRecord } from '@/lib/kafka/wire/internals';

// CEL filters run in worker threads (filter-pool.ts, cel-worker.mjs): these run the real workers.

const rec = (offset: number, value: unknown, text: string | null = null): FilterInput => ({
  partition: 0,
  offset,
  timestamp: 1_700_000_000_000 + offset,
  key: { text: `k${offset}` },
  value: { data: value, text: text ?? JSON.stringify(value) },
  headers: [{ key: 'source', value: Buffer.from(offset % 2 ? 'odd' : 'even') }],
  rawKey: Buffer.from(`k${offset}`),
  rawValue: null,
});
const signal = () => new AbortController().signal;
const open: MessageFilter[] = [];
async function filter(expr?: string, q?: string) {
  const f = await openFilter(expr, q);
  if (f) open.push(f);
  return f!;
}
afterEach(() => {
  for (const f of open.splice(0)) f.close();
});

/** Counts ticks of a 10 ms timer while `work` runs: the event loop was free if they keep coming. */
async function ticksDuring(work: Promise<unknown>) {
  let ticks = 0;
  const t = setInterval(() => ticks++, 10);
  const started = Date.now();
  const result = await work.then(
    (v) => ({ ok: true as const, v }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  clearInterval(t);
  return { ticks, ms: Date.now() - started, result };
}

describe('CEL filters', () => {
  it('match on value, headers, key and offset; quick search combines with them', async () => {
    const records = [rec(0, { amount: 5 }), rec(1, { amount: 150 }), rec(2, { amount: 300, cur: 'GBP' })];
    const f = await filter('value.amount > 100 && headers.source == "even" && offset >= 2');
    expect(await f.test(records, signal())).toEqual([false, false, true]);
    const g = await filter('value.amount > 100', 'gbp');
    expect(await g.test(records, signal())).toEqual([false, false, true]);
    const q = await filter(undefined, 'K1');
    expect(await q.test(records, signal())).toEqual([false, true, false]);
  });

  it('a bad expression is a 400 that says why, before any worker starts', async () => {
    await expect(openFilter('value.amount >', undefined)).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('not valid CEL'),
    });
  });

  it('matches() runs in linear time (RE2): the catastrophic pattern answers at once', async () => {
    const f = await filter('value.matches("^(a+)+$")');
    const evil = `${'a'.repeat(40)}!`;
    const { result } = await ticksDuring(f.test([rec(0, evil, evil), rec(1, 'aaaa', 'aaaa')], signal()));
    // A backtracking engine takes ~2^40 steps here: the worker would be killed and the promise rejected.
    expect(result).toEqual({ ok: true, v: [false, true] });
  });

  it('a filter that runs too long on one record is stopped; the event loop never waits for it', async () => {
    const xs = Array.from({ length: 2000 }, (_, i) => i);
    const f = await filter('value.xs.all(a, value.xs.all(b, value.xs.all(c, a + b + c >= 0)))');
    const { ticks, ms, result } = await ticksDuring(f.test([rec(0, { xs }), rec(7, { xs })], signal()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.e).toMatchObject({
      code: 'unprocessable',
      message: expect.stringContaining(`over ${RECORD_BUDGET_MS} ms on one message (partition 0, offset 0)`),
    });
    // ~8e9 steps were asked for; it stopped after the budget, and timers kept firing meanwhile.
    expect(ms).toBeLessThan(RECORD_BUDGET_MS * 8);
    expect(ticks).toBeGreaterThan(RECORD_BUDGET_MS / 10 / 3);
  });

  it('a cancelled read stops its filter at once', async () => {
    const xs = Array.from({ length: 2000 }, (_, i) => i);
    const f = await filter('value.xs.all(a, value.xs.all(b, a + b >= 0 && value.xs.all(c, c >= 0)))');
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 30);
    const { ms, result } = await ticksDuring(f.test([rec(0, { xs })], abort.signal));
    expect(result.ok).toBe(false);
    expect(ms).toBeLessThan(RECORD_BUDGET_MS);
  });

  it(`at most ${FILTER_WORKERS_MAX} filtered reads at once: one more is a 429, and a slot frees on close`, async () => {
    const many = await Promise.all(Array.from({ length: FILTER_WORKERS_MAX }, () => filter('offset >= 0')));
    await expect(openFilter('offset >= 0', undefined)).rejects.toMatchObject({ code: 'too_many_requests' });
    many[0]!.close();
    const again = await filter('offset >= 1');
    expect(await again.test([rec(0, 1), rec(1, 1)], signal())).toEqual([false, true]);
  });
});

describe('JSON parsed in the filter worker', () => {
  // Values that arrive as JSON text are parsed in the worker (filter.ts workerJson, cel-worker.mjs
  // fromJson); what is not JSON must read as lib/decode.ts reads it: text for "auto", else base64.
  const cases: [string, EncodingChoice, string][] = [
    ['{"a":1}', 'auto', 'type(value) == map && value.a == 1'],
    ['  [1, 2]', 'auto', 'type(value) == list && size(value) == 2'],
    ['\uFEFF{"a":2}', 'auto', 'type(value) == string'], // a BOM is not JSON whitespace: text
    ['{not json', 'auto', 'value == "{not json"'],
    ['{not\u0001json', 'auto', `value == "${Buffer.from('{not\u0001json').toString('base64')}"`],
    ['{not json', 'json', `value == "${Buffer.from('{not json').toString('base64')}"`],
    ['"just a string"', 'json', 'value == "just a string"'],
    ['plain text', 'auto', 'value == "plain text"'],
  ];
  it.each(cases)('%j as %s', async (text, as, expr) => {
    const bytes = Buffer.from(text);
    const expected = decodeBytes(bytes, as);
    expect(expected.encoding).not.toBe('null');
    const f = (await openFilter(expr, undefined, { keyAs: 'auto', valueAs: as }))!;
    open.push(f);
    const record = {
      offset: '0',
      timestamp: '0',
      key: null,
      value: bytes,
      headers: {},
      isControlRecord: false,
    } as RawRecord;
    const cand = toCandidate('t', 0, record, 'auto', as);
    expect(await f.test([cand], signal())).toEqual([true]);
  });
});
