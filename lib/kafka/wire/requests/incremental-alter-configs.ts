import 'server-only';
import { throwIfFailed, type InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';

// IncrementalAlterConfigs (API 44) v0. kafkajs only has AlterConfigs, which REPLACES every dynamic config of
// a resource: editing one setting through it silently wipes the others. This changes only what is named.
// Layout: IncrementalAlterConfigs{Request,Response}.json in apache/kafka.

export const ResourceTypes = { topic: 2, broker: 4 } as const;
export type ConfigOp = { name: string; op: 'set' | 'delete'; value?: string };
const OPS = { set: 0, delete: 1 } as const;

export async function incrementalAlterConfigs(
  broker: InternalBroker,
  resource: { type: keyof typeof ResourceTypes; name: string },
  configs: ConfigOp[],
  { validateOnly = false, timeoutMs }: { validateOnly?: boolean; timeoutMs: number },
): Promise<void> {
  const results = await sendRequest(broker, {
    apiKey: 44,
    apiName: 'IncrementalAlterConfigs',
    versions: [0],
    flexibleFrom: 2,
    timeoutMs,
    encode: (e, _v, sub) => {
      const res = sub()
        .writeInt8(ResourceTypes[resource.type])
        .writeString(resource.name)
        .writeArray(
          configs.map((c) =>
            sub()
              .writeString(c.name)
              .writeInt8(OPS[c.op])
              .writeString(c.op === 'delete' ? null : (c.value ?? '')),
          ),
        );
      e.writeArray([res]).writeBoolean(validateOnly);
    },
    decode: (d) => {
      d.readInt32(); // throttle time
      return d.readArray((r) => ({
        errorCode: r.readInt16(),
        errorMessage: r.readString(),
        resourceType: r.readInt8(),
        resourceName: r.readString(),
      }));
    },
  });
  // Kafka's own reason (e.g. "Invalid value -5 for configuration retention.ms") is the useful part.
  for (const r of results) throwIfFailed(r.errorCode, r.errorMessage);
}
