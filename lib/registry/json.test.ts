import { describe, expect, it } from 'vitest';
import { DecimalValue } from './avro';
import { exactJson, filterable } from './json';

describe('decoded registry values for filters and for display', () => {
  it('filters see decimals as exact text, bytes as base64, maps as objects, bigints kept', () => {
    const v = {
      id: 9007199254740993n,
      amount: new DecimalValue('12.50'),
      raw: new Uint8Array([1, 2, 255]),
      tags: new Map([['a', 1]]),
      lines: [{ price: new DecimalValue('-0.01') }, { price: null }],
    };
    expect(filterable(v)).toEqual({
      id: 9007199254740993n,
      amount: '12.50',
      raw: 'AQL/',
      tags: { a: 1 },
      lines: [{ price: '-0.01' }, { price: null }],
    });
    // The original is left as it was (the text view is built from it later).
    expect(v.amount).toBeInstanceOf(DecimalValue);
    expect(exactJson(v)).toBe(
      '{"id":9007199254740993,"amount":12.50,"raw":"AQL/","tags":{"a":1},"lines":[{"price":-0.01},{"price":null}]}',
    );
  });

  it('a value with nothing to convert is passed through, not copied', () => {
    const v = { a: 1, b: ['x', { c: true }], d: null };
    expect(filterable(v)).toBe(v);
    const partly = { keep: { x: 1 }, change: new DecimalValue('1.0') };
    const out = filterable(partly) as Record<string, unknown>;
    expect(out).not.toBe(partly);
    expect(out.keep).toBe(partly.keep);
  });
});
