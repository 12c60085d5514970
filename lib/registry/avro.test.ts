import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { avroType } from './avro';

describe('Avro longs', () => {
  it('read as numbers while exact and as bigints beyond, at every varint length; what plain avsc writes reads back', () => {
    const ours = avroType(JSON.stringify({ type: 'array', items: 'long' }));
    const safe = [
      0,
      1,
      -1,
      63,
      -64,
      64,
      2 ** 24,
      2 ** 48 - 1,
      -(2 ** 48),
      2 ** 48,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
    ];
    const beyond = [2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, -(2n ** 63n)];
    const back = ours.fromBuffer(ours.toBuffer([...safe, ...beyond])) as (number | bigint)[];
    expect(back.slice(0, safe.length)).toEqual(safe);
    expect(back.slice(safe.length)).toEqual(beyond);
    // Bytes from plain avsc (the encoding every Avro writer shares) read the same.
    const plain = avro.Type.forSchema({ type: 'array', items: 'long' });
    const small = safe.filter((n) => Math.abs(n) <= 2 ** 48);
    expect(ours.fromBuffer(plain.toBuffer(small))).toEqual(small);
  });
});
