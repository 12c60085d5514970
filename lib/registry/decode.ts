import 'server-only';
import type { Decoded, EncodingChoice, SchemaRef } from '@/lib/decode';
import { registryConfig } from './client';
import { exactJson, filterable } from './json';
import { cachedSchema, loadSchemas, peekSchema, type SchemaFormat } from './schemas';
import { unframe } from './wire';

// Keys and values written for a Schema Registry (the Confluent wire format), decoded for the reader.
// `prepare` loads the schemas a batch of records names (once per id; async), then `decodeFramed` decodes
// each record from the cache (sync). Anything that fails shows the bytes and the reason; nothing is dropped.

const REGISTRY_CHOICES = new Set<EncodingChoice>(['auto', 'avro', 'protobuf', 'json-schema']);
const ENCODING_OF: Record<SchemaFormat, 'avro' | 'protobuf' | 'json-schema'> = {
  AVRO: 'avro',
  PROTOBUF: 'protobuf',
  JSON: 'json-schema',
};
const NAME_OF = { avro: 'Avro', protobuf: 'Protobuf', 'json-schema': 'JSON Schema' } as const;

const binary = (error: string, schema?: SchemaRef): Decoded => ({
  encoding: 'binary',
  text: null,
  error,
  ...(schema && { schema }),
});

// Whether a registry is configured, as of the last `prepare` (once per fetched batch): reading the
// environment for every record made a scan 10 times slower.
let configured = false;

/** Load the schemas that these keys and values name (nothing to do when no registry is configured). */
export async function prepare(values: (Uint8Array | null)[], choices: EncodingChoice[]): Promise<void> {
  configured = registryConfig() !== null;
  if (!configured || !choices.some((c) => REGISTRY_CHOICES.has(c))) return;
  const ids: number[] = [];
  for (const v of values) {
    const f = unframe(v);
    if (f && !cachedSchema(f.id)) ids.push(f.id);
  }
  if (ids.length) await loadSchemas(ids);
}

/**
 * A decoded value whose text and filter view are built when first read: a CEL scan reads only `data`, a
 * quick search only `text`, and only the records kept need both (building both for every record made an
 * Avro scan 0.65x the JSON one).
 */
function lazily(encoding: Decoded['encoding'], value: unknown, schema: SchemaRef): Decoded {
  let text: string | undefined;
  let data: unknown;
  let built = false;
  return {
    encoding,
    schema,
    get text() {
      return (text ??= exactJson(value));
    },
    get data() {
      if (!built) [data, built] = [filterable(value), true];
      return data;
    },
  };
}

/**
 * `bytes` decoded with its registry schema; null when the registry has no say (not framed under `auto`,
 * no registry configured under `auto`, or another encoding asked for). `subject`: the subject the topic's
 * naming strategy gives (`<topic>-value`), preferred when the schema is registered under several.
 */
export function decodeFramed(bytes: Uint8Array | null, as: EncodingChoice, subject?: string): Decoded | null {
  if (bytes === null || !REGISTRY_CHOICES.has(as)) return null;
  const framed = unframe(bytes);
  const forced = as === 'auto' ? null : NAME_OF[as as keyof typeof NAME_OF];
  if (!framed)
    return forced ? binary(`not in the Schema Registry wire format (a 0 byte, then a schema id)`) : null;
  if (!configured)
    return forced ? binary('no Schema Registry is configured (KAFSCOPE_SCHEMA_REGISTRY_URL)') : null;
  const entry = peekSchema(framed.id); // `prepare` refreshed it for this batch
  if (!entry) return binary(`schema id ${framed.id} is not loaded yet`, { id: framed.id });
  if (!entry.ok) return binary(entry.reason, { id: framed.id });
  const s = entry.schema;
  const encoding = ENCODING_OF[s.format];
  const at = s.where.find((w) => w.subject === subject) ?? s.where[0];
  const ref: SchemaRef = {
    id: s.id,
    format: encoding,
    ...(at && { subject: at.subject, version: at.version }),
  };
  if (forced && encoding !== as) return binary(`schema ${s.id} is ${NAME_OF[encoding]}, not ${forced}`, ref);
  try {
    const { data, type } = s.decode(framed.payload);
    return lazily(encoding, data, { ...ref, ...(type && { type }) });
  } catch (e) {
    return binary(`does not decode with schema ${s.id} (${NAME_OF[encoding]}): ${(e as Error).message}`, ref);
  }
}
