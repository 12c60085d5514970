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

/** A Metadata answer as kafkajs decodes it. */
export type RawPartition = {
  partitionId: number;
  partitionErrorCode: number;
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas?: number[];
};
export type RawTopic = {
  topic: string;
  topicErrorCode: number;
  isInternal: boolean;
  partitionMetadata: RawPartition[];
};
export type RawMetadata = {
  clusterId: string | null;
  controllerId: number;
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[];
  topicMetadata: RawTopic[];
};

type TopicPartitionsAt<P> = { topic: string; partitions: P[] }[];

/** The batch of one partition in a Fetch answer, as kafkajs decodes it. */
export type FetchedPartition = {
  partition: number;
  errorCode: number;
  highWatermark: string;
  lastStableOffset?: string;
  abortedTransactions: unknown[];
  messages: RawRecord[];
};
/** One record (or transaction marker) as kafkajs decodes it. */
export type RawRecord = {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[] | undefined>;
  isControlRecord: boolean;
  batchContext?: { timestampType?: number };
};

/**
 * kafkajs's Broker class (src/broker/index.js): one connection pool to one broker and a method per request
 * it implements. Only the methods we call are typed here, once, so no service casts a broker.
 */
export type InternalBroker = {
  nodeId: number;
  versions: ApiVersions;
  connectionPool: { send: (r: RawRequest) => Promise<unknown> };
  metadata(topics: string[]): Promise<RawMetadata>;
  fetch(args: {
    replicaId?: number;
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: TopicPartitionsAt<{ partition: number; fetchOffset: string; maxBytes: number }>;
  }): Promise<{ responses: { topicName: string; partitions: FetchedPartition[] }[] }>;
  listOffsets(args: {
    isolationLevel: number;
    topics: TopicPartitionsAt<{ partition: number; timestamp: number }>;
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string }[] }[] }>;
  describeGroups(args: { groupIds: string[] }): Promise<{
    groups: {
      errorCode: number;
      groupId: string;
      state: string;
      protocolType: string;
      protocol: string;
      members: { memberId: string; clientId: string; clientHost: string; memberAssignment: Buffer }[];
    }[];
  }>;
  offsetCommit(args: {
    groupId: string;
    groupGenerationId: number;
    memberId: string;
    retentionTime?: number;
    topics: TopicPartitionsAt<{ partition: number; offset: string }>;
  }): Promise<unknown>;
  deleteGroups(ids: string[]): Promise<{ results: { groupId: string; errorCode: number }[] }>;
  deleteRecords(args: { topics: TopicPartitionsAt<{ partition: number; offset: string }> }): Promise<unknown>;
};

export type InternalCluster = {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  refreshMetadata(): Promise<void>;
  refreshMetadataIfNecessary(): Promise<void>;
  findBroker(args: { nodeId: string | number }): Promise<InternalBroker>;
  findGroupCoordinator(args: { groupId: string }): Promise<InternalBroker>;
  brokerPool: {
    withBroker<T>(cb: (args: { nodeId: string; broker: InternalBroker }) => Promise<T>): Promise<T>;
    metadata?: { brokers: { nodeId: number; host: string; port: number; rack: string | null }[] };
    brokers?: Record<string, InternalBroker>;
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
  readBytes(n: number): Buffer;
  forward(n: number): void;
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

/** Throw kafkajs's error for a failed error code, keeping Kafka's own message (the reason a user needs). */
export function throwIfFailed(errorCode: number, message?: string | null) {
  if (!failure(errorCode)) return;
  const err = createErrorFromCode(errorCode);
  if (message) err.message = message;
  throw err;
}

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

type PoolConnection = {
  host: string;
  port: number;
  rack: string | null;
  clientId: string;
  logger: unknown;
  socketFactory: unknown;
  ssl: unknown;
  sasl: unknown;
  requestTimeout: number;
  connectionTimeout: number;
  reauthenticationThreshold: number;
  versions: ApiVersions | null;
  isConnected(): boolean;
  connect(): Promise<unknown>;
  disconnect(): Promise<unknown>;
  send(r: RawRequest): Promise<unknown>;
  setVersions(v: ApiVersions | null): void;
  getSupportAuthenticationProtocol(): boolean | null;
  setSupportAuthenticationProtocol(v: boolean | null): void;
};
type Pool = { pool: PoolConnection[]; destroy(): Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ConnectionClass = require('kafkajs/src/network/connection') as new (o: object) => PoolConnection;

/**
 * The same broker, with its requests sent over extra connection number `lane` (1, 2, ...). Kafka answers
 * the requests of one connection one at a time, and kafkajs sends everything but Fetch over one connection,
 * so big independent requests sent together (ListOffsets earliest and latest, DescribeLogDirs) wait for each
 * other; on separate connections the broker works on them in parallel. The lanes join kafkajs's own pool, so
 * they close (and reconnect, and authenticate) with it.
 */
export function onLane<B extends InternalBroker>(broker: B, lane: number): B {
  if (lane < 1) throw new Error('lanes start at 1 (lane 0 is the broker itself)');
  const pool = broker.connectionPool as unknown as Pool;
  const base = pool.pool[0]!;
  const index = 1 + lane; // kafkajs keeps [0] for requests and [1] for Fetch
  while (pool.pool.length <= index)
    pool.pool.push(
      new ConnectionClass({
        host: base.host,
        port: base.port,
        rack: base.rack,
        clientId: base.clientId,
        logger: { namespace: () => base.logger }, // already namespaced by kafkajs
        socketFactory: base.socketFactory,
        ssl: base.ssl,
        sasl: base.sasl,
        requestTimeout: base.requestTimeout,
        connectionTimeout: base.connectionTimeout,
        reauthenticationThreshold: base.reauthenticationThreshold,
      }),
    );
  const conn = pool.pool[index]!;
  const lanePool = {
    ...broker.connectionPool,
    connectionTimeout: base.connectionTimeout,
    async send(r: RawRequest) {
      if (!conn.isConnected()) {
        conn.setVersions(base.versions);
        conn.setSupportAuthenticationProtocol(base.getSupportAuthenticationProtocol());
        await conn.connect();
      }
      return conn.send(r);
    },
    destroy: () => pool.destroy(),
  };
  return Object.create(broker, { connectionPool: { value: lanePool } }) as B;
}

/** Close lane `lane`'s connection to this broker (it reconnects by itself if the lane is used again). */
export async function closeLane(broker: InternalBroker, lane: number) {
  const conn = (broker.connectionPool as unknown as Pool).pool?.[1 + lane];
  if (conn?.isConnected()) await conn.disconnect();
}
