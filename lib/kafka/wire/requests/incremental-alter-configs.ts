import 'server-only';
import {
  DecoderClass,
  EncoderClass,
  createErrorFromCode,
  failure,
  pickVersion,
  type InternalBroker,
} from '@/lib/kafka/wire/internals';

// IncrementalAlterConfigs (API 44) v0. kafkajs only has AlterConfigs, which REPLACES every dynamic config of
// a resource: editing one setting through it silently wipes the others. This changes only what is named.
// Layout: IncrementalAlterConfigs{Request,Response}.json in apache/kafka.
const API_KEY = 44;

export const ResourceTypes = { topic: 2, broker: 4 } as const;
export type ConfigOp = { name: string; op: 'set' | 'delete'; value?: string };
const OPS = { set: 0, delete: 1 } as const;

export async function incrementalAlterConfigs(
  broker: InternalBroker,
  resource: { type: keyof typeof ResourceTypes; name: string },
  configs: ConfigOp[],
  { validateOnly = false, timeoutMs }: { validateOnly?: boolean; timeoutMs: number },
): Promise<void> {
  const apiVersion = pickVersion(broker, API_KEY, [0], 'IncrementalAlterConfigs');
  await broker.connectionPool.send({
    requestTimeout: timeoutMs,
    request: {
      apiKey: API_KEY,
      apiVersion,
      apiName: 'IncrementalAlterConfigs',
      encode: async () => {
        const res = new EncoderClass()
          .writeInt8(ResourceTypes[resource.type])
          .writeString(resource.name)
          .writeArray(
            configs.map((c) =>
              new EncoderClass()
                .writeString(c.name)
                .writeInt8(OPS[c.op])
                .writeString(c.op === 'delete' ? null : (c.value ?? '')),
            ),
          );
        return new EncoderClass().writeArray([res]).writeBoolean(validateOnly);
      },
    },
    response: {
      decode: async (raw: Buffer) => {
        const d = new DecoderClass(raw);
        d.readInt32(); // throttle time
        return d.readArray((r) => ({
          errorCode: r.readInt16(),
          errorMessage: r.readString(),
          resourceType: r.readInt8(),
          resourceName: r.readString(),
        }));
      },
      parse: async (data) => {
        for (const r of data as { errorCode: number; errorMessage: string | null }[]) {
          if (failure(r.errorCode)) {
            const err = createErrorFromCode(r.errorCode);
            // Kafka's own reason (e.g. "Invalid value -5 for configuration retention.ms") is the useful part.
            if (r.errorMessage) err.message = r.errorMessage;
            throw err;
          }
        }
        return data;
      },
    },
  });
}
