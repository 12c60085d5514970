import 'server-only';
import type { Decoded, EncodingChoice, SchemaRef } from '@/lib/decode';
import { registryConfig } from './client';
import { exactJson, filterable } from './json';
import { cachedSchema, loadSchemas, peekSchema, type CompiledSchema, type SchemaFormat } from './schemas';
import { framedId, unframe } from './wire';

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
  // Most batches name one schema: the cache is asked once per id change, not per record.
  const ids: number[] = [];
  let last = -1;
  for (const v of values) {
    const id = framedId(v);
    if (id < 0 || id === last) continue;
    last = id;
    if (!cachedSchema(id)) ids.push(id);
  }
  if (ids.length) await loadSchemas(ids);
}

/**
 * A decoded value whose text and filter view are built when first read: a CEL scan reads only `data`, a
 * quick search only `text`, and only the records kept need both (building both for every record made an
 * Avro scan 0.65x the JSON one). A class, not an object literal with getters: it is made for every record.
 */
class Lazily implements Decoded {
  #text: string | undefined;
  #data: unknown;
  #built = false;
  constructor(
    readonly encoding: Decoded['encoding'],
    private readonly value: unknown,
    readonly schema: SchemaRef,
  ) {}
  get text() {
    return (this.#text ??= exactJson(this.value));
  }
  get data() {
    if (!this.#built) [this.#data, this.#built] = [filterable(this.value), true];
    return this.#data;
  }
}

// What each record shows of its schema: one object per schema and subject, shared by the records (a scan
// built one per record).
const refs = new WeakMap<CompiledSchema, Map<string | undefined, SchemaRef>>();
function refOf(s: CompiledSchema, subject: string | undefined): SchemaRef {
  let bySubject = refs.get(s);
  if (!bySubject) refs.set(s, (bySubject = new Map()));
  let ref = bySubject.get(subject);
  if (!ref) {
    const at = s.where.find((w) => w.subject === subject) ?? s.where[0];
    ref = {
      id: s.id,
      format: ENCODING_OF[s.format],
      ...(at && { subject: at.subject, version: at.version }),
    };
    bySubject.set(subject, ref);
  }
  return ref;
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
  const ref = refOf(s, subject);
  if (forced && encoding !== as) return binary(`schema ${s.id} is ${NAME_OF[encoding]}, not ${forced}`, ref);
  try {
    const { data, type } = s.decode(framed.payload);
    return new Lazily(encoding, data, type ? { ...ref, type } : ref);
  } catch (e) {
    return binary(`does not decode with schema ${s.id} (${NAME_OF[encoding]}): ${(e as Error).message}`, ref);
  }
}
