import 'server-only';

// kafkajs throws on a Metadata answer as soon as one partition carries an error, and it asks for every
// topic whenever it refreshes. So one partition without a leader (every broker holding a replica is down)
// makes every metadata refresh of the whole client fail: no topic list, no topic page, no reads of the
// healthy partitions, and after a restart no connection at all. The Java client keeps such partitions
// with their error instead. We do the same for our client's brokers: topic errors still throw, partition
// errors are kept in the answer (leader -1, partitionErrorCode set) for the callers to handle.

/* eslint-disable @typescript-eslint/no-require-imports -- kafkajs internals are CommonJS */
const { requests } = require('kafkajs/src/protocol/requests') as { requests: { Metadata: unknown } };
const apiKeys = require('kafkajs/src/protocol/requests/apiKeys') as { Metadata: number };
const { createErrorFromCode } = require('kafkajs/src/protocol/error') as {
  createErrorFromCode: (code: number) => Error;
};
/* eslint-enable @typescript-eslint/no-require-imports */

type MetadataData = { topicMetadata: { topicErrorCode: number }[] };
type MetadataRequest = {
  request: unknown;
  response: { decode: (b: Buffer) => Promise<unknown>; parse: (d: unknown) => Promise<unknown> };
};
type PatchableBroker = {
  allowAutoTopicCreation?: boolean;
  lookupRequest: (apiKey: number, definition: unknown) => (args: object) => MetadataRequest;
  metadata: (topics?: string[]) => Promise<unknown>;
  __kafscopeTolerant?: true;
} & Record<symbol, (r: MetadataRequest) => Promise<unknown>>;
type PatchableCluster = {
  brokerPool: { createBroker: (options: object) => PatchableBroker };
};

async function parseKeepingPartitionErrors(data: unknown) {
  const failed = (data as MetadataData).topicMetadata.find((t) => t.topicErrorCode !== 0);
  if (failed) throw createErrorFromCode(failed.topicErrorCode);
  return data;
}

function patchBroker(broker: PatchableBroker): PatchableBroker {
  if (broker.__kafscopeTolerant) return broker;
  const send = Object.getOwnPropertySymbols(Object.getPrototypeOf(broker)).find(
    (s) => s.description === 'private:Broker:sendRequest',
  );
  if (!send) throw new Error('kafkajs internals changed: Broker sendRequest not found');
  broker.metadata = async (topics: string[] = []) => {
    const build = broker.lookupRequest(apiKeys.Metadata, requests.Metadata);
    const req = build({ topics, allowAutoTopicCreation: broker.allowAutoTopicCreation ?? false });
    return broker[send]!({ ...req, response: { ...req.response, parse: parseKeepingPartitionErrors } });
  };
  broker.__kafscopeTolerant = true;
  return broker;
}

/** Make every broker this kafkajs cluster creates (seed broker included) keep partition errors. */
export function tolerateLeaderlessPartitions<C>(cluster: C): C {
  const pool = (cluster as unknown as PatchableCluster).brokerPool;
  const create = pool.createBroker;
  pool.createBroker = (options) => patchBroker(create(options));
  return cluster;
}
