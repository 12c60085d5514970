import 'server-only';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
// kafkajs-snappy ships no types; it exports a codec factory of the shape kafkajs expects.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SnappyCodec = require('kafkajs-snappy') as () => Codec;
import lz4 from 'lz4js';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xxh32 = require('lz4js/xxh32') as {
  hash(seed: number, src: Uint8Array, index: number, len: number): number;
};
import { decompress as zstdDecompress } from 'fzstd';
import { compress as zstdCompress, init as zstdInit } from '@bokuweb/zstd-wasm';

// kafkajs builds in GZIP only and throws on Snappy, LZ4 and ZSTD batches. A console must read every topic,
// so all four are registered once per process. Pure JS / wasm: no native builds, nothing downloaded.

type Codec = {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
};

// LZ4 frame flags byte: version 01, block independence set. lz4js writes one independent block per 4 MB
// but leaves the flag clear; Kafka's Java reader refuses dependent-block frames, so set it and re-sum the
// header checksum (second byte of xxh32 over the descriptor).
function markIndependent(frame: Uint8Array): Uint8Array {
  const out = Buffer.from(frame);
  out[4] = out[4]! | 0x20;
  out[6] = (xxh32.hash(0, out, 4, 2) >>> 8) & 0xff;
  return out;
}

const LZ4Codec = (): Codec => ({
  async compress(encoder) {
    return Buffer.from(markIndependent(lz4.compress(encoder.buffer)));
  },
  async decompress(buffer) {
    return Buffer.from(lz4.decompress(buffer));
  },
});

let zstdReady: Promise<void> | undefined;
const ZstdCodec = (): Codec => ({
  async compress(encoder) {
    zstdReady ??= zstdInit();
    await zstdReady;
    return Buffer.from(zstdCompress(encoder.buffer, 3));
  },
  async decompress(buffer) {
    // fzstd streams frames without a content size (what Java producers write) of any length.
    return Buffer.from(zstdDecompress(buffer));
  },
});

export function registerCodecs() {
  const codecs = CompressionCodecs as unknown as Record<number, () => Codec>;
  codecs[CompressionTypes.Snappy] = SnappyCodec;
  codecs[CompressionTypes.LZ4] = LZ4Codec;
  codecs[CompressionTypes.ZSTD] = ZstdCodec;
}

export const __test = { markIndependent };
