import 'server-only';
import {
  DecoderClass,
  EncoderClass,
  pickVersion,
  type Decoder,
  type Encoder,
  type InternalBroker,
} from './internals';

// One request kafkajs does not implement, sent over kafkajs's own connection (so it shares its
// authentication, reconnects and timeouts). kafkajs writes request header v1 and reads response header v0,
// so for flexible versions the header's empty tagged fields go at the start of the body, and the response's
// at the start of what we decode.

export type RequestSpec<T> = {
  apiKey: number;
  apiName: string;
  /** Versions we can encode, any order; the highest the broker also supports is used. */
  versions: number[];
  /** First flexible version of this API (Infinity when none is). */
  flexibleFrom: number;
  /** Write the body into `e`; `sub()` makes an encoder for a nested struct. */
  encode: (e: Encoder, version: number, sub: () => Encoder) => void;
  decode: (d: Decoder, version: number) => T;
  timeoutMs?: number;
  /** ApiVersions only: its response header is v0 at every version, with no tagged fields to skip. */
  plainResponseHeader?: boolean;
};

export async function sendRequest<T>(broker: InternalBroker, spec: RequestSpec<T>): Promise<T> {
  const apiVersion = pickVersion(broker, spec.apiKey, spec.versions, spec.apiName);
  const flexible = apiVersion >= spec.flexibleFrom;
  const result = await broker.connectionPool.send({
    ...(spec.timeoutMs ? { requestTimeout: spec.timeoutMs } : {}),
    request: {
      apiKey: spec.apiKey,
      apiVersion,
      apiName: spec.apiName,
      encode: async () => {
        const e = new EncoderClass();
        if (flexible) e.writeUVarIntBytes();
        spec.encode(e, apiVersion, () => new EncoderClass());
        return e;
      },
    },
    response: {
      decode: async (raw: Buffer) => {
        const d = new DecoderClass(raw);
        if (flexible && !spec.plainResponseHeader) d.readTaggedFields();
        return spec.decode(d, apiVersion);
      },
      parse: async (data) => data,
    },
  });
  return result as T;
}

/** A compact (flexible) array of int32. */
export function writeCompactInt32s(e: Encoder, values: number[]) {
  e.writeUVarInt(values.length + 1);
  for (const v of values) e.writeInt32(v);
  return e;
}
export const readCompactInt32s = (d: Decoder) => d.readUVarIntArray((x) => x.readInt32()) ?? [];
export const readCompactStrings = (d: Decoder) =>
  d.readUVarIntArray((x) => x.readUVarIntString() ?? '') ?? [];
