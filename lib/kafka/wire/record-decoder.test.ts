import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Our patch of kafkajs's record decoder (patches/kafkajs+2.2.4.patch) computes offsets and timestamps with
// numbers while they are safe integers and falls back to Long beyond; both must print the exact values.
const require = createRequire(import.meta.url);
const Long = require('kafkajs/src/utils/long');
const Decoder = require('kafkajs/src/protocol/decoder');
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0');
const Record = require('kafkajs/src/protocol/recordBatch/record/v0');
const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');

type Decoded = { offset: string; timestamp: string; headers: Record<string, Buffer | Buffer[]> };

async function roundTrip(firstOffset: bigint, firstTimestamp: bigint, deltas: bigint[]) {
  const records = deltas.map((d, i) =>
    Record({
      offsetDelta: i,
      timestampDelta: Long.fromString(String(d)),
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`v${i}`),
      headers: i === 0 ? { a: [Buffer.from('1'), Buffer.from('2')], b: Buffer.from('3') } : {},
    }),
  );
  const batch = await RecordBatch({
    firstOffset: Long.fromString(String(firstOffset)),
    firstTimestamp: Long.fromString(String(firstTimestamp)),
    maxTimestamp: Long.fromString(String(firstTimestamp)),
    lastOffsetDelta: deltas.length - 1,
    records,
  });
  const decoded = await decodeBatch(new Decoder(batch.buffer));
  return decoded.records as Decoded[];
}

describe('record decoding (patched kafkajs)', () => {
  it('offsets and timestamps are exact, with negative and long deltas', async () => {
    const base = 1_700_000_000_000n;
    const deltas = [0n, -5n, 2n ** 31n + 7n, -(2n ** 40n), 2n ** 50n, -(2n ** 55n) - 1n];
    for (const first of [0n, 123_456_789n, 2n ** 53n - 3n, 2n ** 60n + 1n]) {
      const got = await roundTrip(first, base, deltas);
      expect(got.map((r) => r.offset)).toEqual(deltas.map((_, i) => String(first + BigInt(i))));
      expect(got.map((r) => r.timestamp)).toEqual(deltas.map((d) => String(base + d)));
    }
  });

  it('headers: a name given twice is a list, in order', async () => {
    const [first, second] = await roundTrip(0n, 0n, [0n, 1n]);
    expect(first!.headers.a).toEqual([Buffer.from('1'), Buffer.from('2')]);
    expect(first!.headers.b).toEqual(Buffer.from('3'));
    expect(second!.headers).toEqual({});
  });
});
