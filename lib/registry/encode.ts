import 'server-only';
import Ajv from 'ajv';
import avro from 'avsc';
import protobuf from 'protobufjs';
import { AppError } from '@/lib/http/errors';
import { avroType } from './avro';
import { protoFile, type ProtoFile } from './protobuf';
import { referencedSchemas, subjectVersion, type SchemaFormat } from './schemas';
import { frame } from './wire';

// Producing with a registry schema: the value is typed as JSON, checked against the subject's schema
// (a value that does not fit is a 422 naming the field and what it expects; nothing is written), encoded
// (Avro binary, Protobuf with its message-index path, JSON Schema as JSON) and framed in the wire format.

export type SchemaEncoder = {
  id: number;
  subject: string;
  version: number;
  format: SchemaFormat;
  /** The Protobuf message type written. */
  messageType?: string;
  /** Encode one value given as JSON text; throws a 422 saying where it does not fit. */
  encode(json: unknown, what: string): Buffer;
};

const misfit = (what: string, where: string, detail: string) =>
  new AppError('unprocessable', `${what} does not fit ${where}: ${detail}`);

/** Avro: avsc's own check, with the path of the first field that does not fit and the type it expects. */
function avroEncoder(type: avro.Type, where: string) {
  return (json: unknown, what: string) => {
    let problem: string | null = null;
    type.isValid(json, {
      errorHook: (path: string[], value: unknown, t: avro.Type) => {
        if (problem) return;
        // avsc names its own wrappers "abstract:long", "logical:decimal": say the Avro type.
        const name = ((t as { typeName?: string }).typeName ?? String(t)).replace(/^(abstract|logical):/, '');
        problem = `${path.length ? path.join('.') : 'the value'}: expected ${name}, got ${JSON.stringify(value) ?? 'nothing'}`;
      },
    });
    if (problem) throw misfit(what, where, problem);
    return type.toBuffer(json);
  };
}

/** The message-index path of a type in its file: [i] a top-level message, [i, j] its j-th nested, ... */
function pathOf(file: ProtoFile, type: protobuf.Type): number[] {
  const chain: protobuf.Type[] = [];
  for (let t: protobuf.NamespaceBase | null = type; t instanceof protobuf.Type; t = t.parent)
    chain.unshift(t);
  const path: number[] = [];
  let list = file.messages;
  for (const t of chain) {
    path.push(list.indexOf(t));
    list = t.nestedArray.filter((n): n is protobuf.Type => n instanceof protobuf.Type);
  }
  return path;
}

/** Every message type of a .proto file, nested ones too, by full name (for the produce form). */
export function protoMessageTypes(file: ProtoFile): string[] {
  const out: string[] = [];
  const walk = (ts: protobuf.Type[]) => {
    for (const t of ts) {
      out.push(t.fullName.slice(1));
      walk(t.nestedArray.filter((n): n is protobuf.Type => n instanceof protobuf.Type));
    }
  };
  walk(file.messages);
  return out;
}

const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
type LongClass = { fromString(s: string, unsigned: boolean): unknown };

/** JSON in the canonical mapping to what protobufjs' fromObject takes (Timestamp text, wrappers, int64). */
function toProtoObject(type: protobuf.Type, json: unknown): unknown {
  if (type.fullName === '.google.protobuf.Timestamp' && typeof json === 'string') {
    const ms = Date.parse(json);
    if (Number.isNaN(ms)) return json; // verify() says it does not fit
    const frac = /\.(\d+)Z$/i.exec(json)?.[1] ?? '';
    return { seconds: Math.floor(ms / 1000), nanos: Number(frac.padEnd(9, '0').slice(0, 9)) };
  }
  if (type.fullName.startsWith('.google.protobuf.') && type.fullName.endsWith('Value') && type.fields.value)
    return json === null || typeof json === 'object' ? json : { value: json };
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    const field = type.fields[k];
    field?.resolve();
    // 64-bit integers come as text in the JSON mapping (exact beyond 2^53): protobufjs takes a Long.
    if (field && INT64.has(field.type) && !field.map) {
      const one = (x: unknown) =>
        typeof x === 'string' && /^-?\d+$/.test(x)
          ? (protobuf.util.Long as unknown as LongClass).fromString(
              x,
              field.type.startsWith('u') || field.type === 'fixed64',
            )
          : x;
      out[k] = field.repeated && Array.isArray(v) ? v.map(one) : one(v);
      continue;
    }
    const sub = field?.resolvedType instanceof protobuf.Type ? field.resolvedType : null;
    out[k] =
      !sub || v === null
        ? v
        : field!.repeated && Array.isArray(v)
          ? v.map((x) => toProtoObject(sub, x))
          : field!.map && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v as object).map(([mk, mv]) => [mk, toProtoObject(sub, mv)]))
            : toProtoObject(sub, v);
  }
  return out;
}

function protoEncoder(type: protobuf.Type, where: string) {
  return (json: unknown, what: string) => {
    const obj = toProtoObject(type, json);
    const unknown =
      obj && typeof obj === 'object' && !Array.isArray(obj)
        ? Object.keys(obj).find((k) => !type.fields[k])
        : undefined;
    if (unknown) throw misfit(what, where, `${type.name} has no field "${unknown}"`);
    const err = type.verify(obj as Record<string, unknown>);
    if (err) throw misfit(what, where, err);
    return Buffer.from(type.encode(type.fromObject(obj as Record<string, unknown>)).finish());
  };
}

function jsonEncoder(schema: string, where: string) {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(schema) as object);
  return (json: unknown, what: string) => {
    if (!validate(json)) {
      const e = validate.errors?.[0];
      const at = e?.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : 'the value';
      throw misfit(what, where, `${at}: ${e?.message ?? 'does not match'}`);
    }
    return Buffer.from(JSON.stringify(json), 'utf8');
  };
}

/** The encoder for `subject` at `version` (null: the latest); Protobuf: `messageType`, else the first. */
export async function schemaEncoder(
  subject: string,
  version: number | null,
  messageType?: string,
): Promise<SchemaEncoder> {
  const v = await subjectVersion(subject, version ?? 'latest').catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found')
      throw new AppError(
        'not_found',
        version === null
          ? `The Schema Registry has no subject "${subject}".`
          : `The Schema Registry has no version ${version} of "${subject}".`,
      );
    throw e;
  });
  const format = v.schemaType ?? 'AVRO';
  const where = `schema ${v.id} (${subject} v${v.version})`;
  const refs = await referencedSchemas(v.references ?? []);
  const base = { id: v.id, subject, version: v.version, format };
  let encode: (json: unknown, what: string) => Buffer;
  let chosen: string | undefined;
  let path: number[] | undefined; // Protobuf: the message-index path of the chosen type
  if (format === 'AVRO')
    encode = avroEncoder(
      avroType(
        v.schema,
        refs.map((r) => r.schema),
      ),
      where,
    );
  else if (format === 'JSON') encode = jsonEncoder(v.schema, where);
  else {
    const file = protoFile(
      v.schema,
      refs.map((r) => ({ name: r.name, schema: r.schema })),
    );
    const types = protoMessageTypes(file);
    chosen = messageType ?? types[0];
    if (!chosen || !types.includes(chosen))
      throw new AppError(
        'bad_request',
        `${where} has no message type "${messageType}"; it has ${types.join(', ') || 'none'}.`,
      );
    const type = file.root.lookupType(chosen);
    path = pathOf(file, type);
    encode = protoEncoder(type, where);
  }
  return {
    ...base,
    ...(chosen && { messageType: chosen }),
    encode: (json, what) => frame(v.id, encode(json, what), path),
  };
}
