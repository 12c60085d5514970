import 'server-only';
import { AppError } from '@/lib/http/errors';
import { clusterSlot } from '@/lib/clusters/context';
import { avroType } from './avro';
import { registryRequest } from './client';
import { decodeProto, protoFile, typeAt } from './protobuf';
import { messageIndexes } from './wire';

// Schemas by id, fetched once and compiled once: a scan of a million records asks the registry once per
// schema id. Concurrent lookups of one id share one request; the cache is bounded (least recently used
// goes); a failure is remembered briefly (registry down: 5 s, unknown id: 60 s) so a scan does not ask
// again for every record.

export type SchemaFormat = 'AVRO' | 'PROTOBUF' | 'JSON';
export type Reference = { name: string; subject: string; version: number };
export type RawSchema = { schema: string; schemaType?: SchemaFormat; references?: Reference[] };

export type CompiledSchema = {
  id: number;
  format: SchemaFormat;
  /** Where it is registered: every subject and version with this schema (one schema can be under several). */
  where: { subject: string; version: number }[];
  /** The payload after the framing, decoded; `type` names the Protobuf message type used. */
  decode: (payload: Uint8Array) => { data: unknown; type?: string };
};
export type SchemaEntry =
  { ok: true; schema: CompiledSchema; at: number } | { ok: false; reason: string; at: number; ttl: number };

const MAX_SCHEMAS = 1000;
const slot = () =>
  clusterSlot('registry-schemas', () => ({
    byId: new Map<number, SchemaEntry>(),
    inflight: new Map<number, Promise<SchemaEntry>>(),
  }));

/** Forget every schema (tests: a server that starts afresh). */
export function resetSchemaCache() {
  const state = slot();
  state.byId.clear();
}

/** The cached entry of `id` as it stands, for decoding record by record (no bookkeeping on the hot path). */
export const peekSchema = (id: number): SchemaEntry | undefined => slot().byId.get(id);

/** The cached entry of `id` (refreshed as most recently used); undefined when not loaded or expired. */
export function cachedSchema(id: number): SchemaEntry | undefined {
  const state = slot();
  const e = state.byId.get(id);
  if (!e) return undefined;
  if (!e.ok && Date.now() - e.at > e.ttl) {
    state.byId.delete(id);
    return undefined;
  }
  state.byId.delete(id);
  state.byId.set(id, e);
  return e;
}

/** Load (once) every id not cached yet. Never throws: a failure is cached as the entry's reason. */
export async function loadSchemas(ids: Iterable<number>): Promise<void> {
  const wanted = [...new Set(ids)].filter((id) => !cachedSchema(id));
  if (!wanted.length) return;
  await Promise.all(wanted.map(load));
}

function load(id: number): Promise<SchemaEntry> {
  const state = slot();
  let p = state.inflight.get(id);
  if (!p) {
    p = fetchAndCompile(id)
      .then((schema): SchemaEntry => ({ ok: true, schema, at: Date.now() }))
      .catch((e: unknown): SchemaEntry => {
        const err = e instanceof AppError ? e : null;
        const reason =
          err?.code === 'not_found'
            ? `schema id ${id} is not in the registry`
            : err
              ? err.message
              : `schema id ${id} cannot be used: ${(e as Error).message}`;
        return {
          ok: false,
          reason,
          at: Date.now(),
          ttl: err?.code === 'registry_unavailable' ? 5000 : 60_000,
        };
      })
      .then((entry) => {
        state.byId.set(id, entry);
        while (state.byId.size > MAX_SCHEMAS) state.byId.delete(state.byId.keys().next().value!);
        return entry;
      })
      .finally(() => state.inflight.delete(id));
    state.inflight.set(id, p);
  }
  return p;
}

/** One registered version of a subject, as the registry answers `/subjects/{s}/versions/{v}`. */
export type SubjectVersion = RawSchema & { subject: string; version: number; id: number };

/** GET /subjects/{subject}/versions/{version} (`latest` by default; `deleted`: soft-deleted ones too). */
export const subjectVersion = (subject: string, version: number | 'latest' = 'latest', deleted = false) =>
  registryRequest<SubjectVersion>(
    'GET',
    `/subjects/${encodeURIComponent(subject)}/versions/${version}${deleted ? '?deleted=true' : ''}`,
  );

/** The schemas a schema references, by import name / full name, each once (their own references too). */
export async function referencedSchemas(
  refs: Reference[],
  seen = new Map<string, RawSchema & { name: string }>(),
) {
  for (const r of refs) {
    if (seen.has(r.name)) continue;
    const raw = await subjectVersion(r.subject, r.version);
    await referencedSchemas(raw.references ?? [], seen); // dependencies first
    seen.set(r.name, { ...raw, name: r.name });
  }
  return [...seen.values()];
}

async function fetchAndCompile(id: number): Promise<CompiledSchema> {
  const raw = await registryRequest<RawSchema>('GET', `/schemas/ids/${id}`);
  const [refs, where] = await Promise.all([
    referencedSchemas(raw.references ?? []),
    registryRequest<{ subject: string; version: number }[]>('GET', `/schemas/ids/${id}/versions`).catch(
      () => [],
    ),
  ]);
  return compile(raw, refs, { id, where });
}

/** A schema's decoder; throws (with the parser's reason) when the text is not a valid schema of its format. */
export function compile(
  raw: RawSchema,
  refs: (RawSchema & { name: string })[],
  at: Pick<CompiledSchema, 'id' | 'where'>,
): CompiledSchema {
  const format = raw.schemaType ?? 'AVRO';
  const base = { ...at, format };
  if (format === 'AVRO') {
    const type = avroType(
      raw.schema,
      refs.map((r) => r.schema),
    );
    return {
      ...base,
      decode: (p) => ({
        data: type.fromBuffer(Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength)),
      }),
    };
  }
  if (format === 'PROTOBUF') {
    const file = protoFile(
      raw.schema,
      refs.map((r) => ({ name: r.name, schema: r.schema })),
    );
    return {
      ...base,
      decode: (p) => {
        const { path, message } = messageIndexes(p);
        const t = typeAt(file, path);
        return { data: decodeProto(file, t, message), type: t.fullName.slice(1) };
      },
    };
  }
  if (format === 'JSON') {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    return { ...base, decode: (p) => ({ data: JSON.parse(utf8.decode(p)) }) };
  }
  throw new Error(`the registry gave an unknown schema type "${String(format)}"`);
}
