import 'server-only';
import { pickVersion, throwIfFailed, type InternalBroker } from '@/lib/kafka/wire/internals';

// CreateTopics (API 19) with kafkajs's own encoder, but a parser that keeps Kafka's error message: kafkajs
// replaces it with the generic text of the error code ("Configuration is invalid"), and the reason
// ("Invalid value soon for configuration retention.ms: Not a number of type LONG") is what a user needs.
const API_KEY = 19;

type TopicSpec = {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
  configEntries: { name: string; value: string }[];
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const createTopicsProtocol = require('kafkajs/src/protocol/requests/createTopics') as {
  protocol(args: { version: number }): (args: {
    topics: TopicSpec[];
    validateOnly: boolean;
    timeout: number;
  }) => {
    request: { apiKey: number; apiVersion: number; apiName: string; encode: () => Promise<unknown> };
    response: { decode: (raw: Buffer) => Promise<unknown> };
  };
};

export async function createTopics(
  broker: InternalBroker,
  topics: TopicSpec[],
  { validateOnly = false, timeoutMs }: { validateOnly?: boolean; timeoutMs: number },
): Promise<void> {
  const version = pickVersion(broker, API_KEY, [2, 3], 'CreateTopics');
  const { request, response } = createTopicsProtocol.protocol({ version })({
    topics,
    validateOnly,
    timeout: timeoutMs,
  });
  await broker.connectionPool.send({
    requestTimeout: timeoutMs + 1000,
    request,
    response: {
      decode: response.decode,
      parse: async (data) => {
        const r = data as {
          topicErrors: { topic: string; errorCode: number; errorMessage: string | null }[];
        };
        for (const t of r.topicErrors) throwIfFailed(t.errorCode, t.errorMessage);
        return data;
      },
    },
  });
}
