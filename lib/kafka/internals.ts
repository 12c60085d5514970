import 'server-only';

// Narrow types for the kafkajs internals we use (kafkajs 2.2.4, plain CommonJS under kafkajs/src).
// kafkajs has had no release since 2023, so these are stable; keep every use behind lib/kafka.

export type ApiVersions = Record<number, { minVersion: number; maxVersion: number }>;

export type RawRequest = {
  request: {
    apiKey: number;
    apiVersion: number;
    apiName: string;
    encode: () => Promise<unknown>;
  };
  response: {
    decode: (raw: Buffer) => Promise<unknown>;
    parse: (data: unknown) => Promise<unknown>;
  };
  requestTimeout?: number;
};

export type InternalBroker = {
  nodeId: number;
  versions: ApiVersions;
  connectionPool: { send: (r: RawRequest) => Promise<unknown> };
};

export type InternalCluster = {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  refreshMetadata(): Promise<void>;
  refreshMetadataIfNecessary(): Promise<void>;
  findBroker(args: { nodeId: string | number }): Promise<InternalBroker>;
  brokerPool: {
    withBroker<T>(cb: (args: { nodeId: string; broker: InternalBroker }) => Promise<T>): Promise<T>;
    metadata?: { brokers: { nodeId: number; host: string; port: number; rack: string | null }[] };
  };
};

/** kafkajs's Encoder/Decoder, for requests kafkajs does not implement. */
export type Encoder = {
  writeInt8(v: number): Encoder;
  writeInt16(v: number): Encoder;
  writeInt32(v: number): Encoder;
  writeInt64(v: string | number | bigint): Encoder;
  writeBoolean(v: boolean): Encoder;
  writeUVarInt(v: number): Encoder;
  writeString(v: string | null): Encoder;
  writeArray(v: Encoder[] | number[], type?: 'int32'): Encoder;
  writeUVarIntString(v: string | null): Encoder;
  writeUVarIntBytes(v?: Buffer | null): Encoder;
  writeUVarIntArray(v: Encoder[] | null): Encoder;
  buffer: Buffer;
};
export type Decoder = {
  readInt8(): number;
  readInt16(): number;
  readInt32(): number;
  readInt64(): bigint;
  readString(): string | null;
  readArray<T>(fn: (d: Decoder) => T): T[];
  readBoolean(): boolean;
  readUVarInt(): number;
  readUVarIntString(): string | null;
  readUVarIntBytes(): Buffer | null;
  readUVarIntArray<T>(fn: (d: Decoder) => T): T[];
  readTaggedFields(): void;
  canReadBytes(n: number): boolean;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const EncoderClass = require('kafkajs/src/protocol/encoder') as new () => Encoder;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const DecoderClass = require('kafkajs/src/protocol/decoder') as new (raw: Buffer) => Decoder;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const protocolError = require('kafkajs/src/protocol/error') as {
  failure(code: number): boolean;
  createErrorFromCode(code: number): Error;
};
export const { failure, createErrorFromCode } = protocolError;

/** Pick the highest version of `apiKey` both sides support, or throw when the broker lacks the API. */
export function pickVersion(broker: InternalBroker, apiKey: number, ours: number[], apiName: string): number {
  const theirs = broker.versions[apiKey];
  const v =
    theirs && [...ours].sort((a, b) => b - a).find((x) => x >= theirs.minVersion && x <= theirs.maxVersion);
  if (v === undefined) {
    const err = new Error(`The broker does not support ${apiName} (API ${apiKey}).`);
    err.name = 'KafkaJSServerDoesNotSupportApiKey';
    throw err;
  }
  return v;
}
