import protobuf from 'protobufjs';

// Protobuf with protobufjs from the .proto text the registry stores: the file and the files it imports
// (the schema's references, and Google's well-known types, which protobufjs carries), the message type
// picked by the message-index path of each record, and the canonical JSON mapping for what is shown:
// int64 as exact text, enums by name, bytes as base64, Timestamp and Duration as text, wrappers as their
// value, Struct/Value/ListValue as JSON, Any with its "@type".

const MAIN = 'kafscope-main.proto';

export type ProtoFile = { root: protobuf.Root; messages: protobuf.Type[] };

/** Parse `schema` with its references (name = the import path, text = its .proto). */
export function protoFile(schema: string, references: { name: string; schema: string }[] = []): ProtoFile {
  const root = new protobuf.Root();
  const loaded = new Set<string>();
  const load = (name: string, text: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    const parsed = protobuf.parse(text, root, { keepCase: true, alternateCommentMode: true });
    // The types this file just added are its own (marked before its imports add theirs).
    for (const t of allTypes(root)) t.filename ??= name;
    for (const imp of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
      const ref = references.find((r) => r.name === imp);
      if (ref) load(ref.name, ref.schema);
      else if (protobuf.common.get(imp)) {
        if (loaded.has(imp)) continue;
        loaded.add(imp);
        root.addJSON(protobuf.common.get(imp)!.nested!);
        for (const t of allTypes(root)) t.filename ??= imp;
      } else throw new Error(`the schema imports "${imp}", which is not among its references`);
    }
  };
  for (const r of references) load(r.name, r.schema);
  load(MAIN, schema);
  root.resolveAll();
  const top = (ns: protobuf.NamespaceBase): protobuf.Type[] =>
    ns.nestedArray.flatMap((n) =>
      n instanceof protobuf.Type
        ? n.filename === MAIN
          ? [n]
          : []
        : n instanceof protobuf.Namespace
          ? top(n)
          : [],
    );
  return { root, messages: top(root) };
}

function allTypes(ns: protobuf.NamespaceBase): protobuf.Type[] {
  return ns.nestedArray.flatMap((n) => [
    ...(n instanceof protobuf.Type ? [n] : []),
    ...(n instanceof protobuf.Namespace || n instanceof protobuf.Type ? allTypes(n) : []),
  ]);
}

/** The message type at a message-index path: [i] the file's i-th message, [i, j] its j-th nested, ... */
export function typeAt(file: ProtoFile, path: number[]): protobuf.Type {
  let list = file.messages;
  let t: protobuf.Type | undefined;
  for (const i of path) {
    t = list[i];
    if (!t) throw new Error(`the schema has no message at index path [${path.join(', ')}]`);
    list = t.nestedArray.filter((n): n is protobuf.Type => n instanceof protobuf.Type);
  }
  if (!t) throw new Error('an empty message-index path');
  return t;
}

type Long = { toString(): string };
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const WRAPPERS = new Set(
  ['Double', 'Float', 'Int64', 'UInt64', 'Int32', 'UInt32', 'Bool', 'String', 'Bytes'].map(
    (n) => `.google.protobuf.${n}Value`,
  ),
);

function nanosText(nanos: number) {
  if (!nanos) return '';
  const s = String(nanos).padStart(9, '0');
  return `.${s.endsWith('000000') ? s.slice(0, 3) : s.endsWith('000') ? s.slice(0, 6) : s}`;
}

function scalar(field: protobuf.Field, v: unknown): unknown {
  if (field.resolvedType instanceof protobuf.Enum) return field.resolvedType.valuesById[v as number] ?? v;
  if (v instanceof Uint8Array) return b64(v);
  if (typeof v === 'object' && v !== null && 'low' in v) return (v as Long).toString(); // int64: exact text
  return v;
}

/** A decoded message in the canonical JSON mapping (see above). */
export function messageJson(type: protobuf.Type, m: Record<string, unknown>, root: protobuf.Root): unknown {
  const name = type.fullName;
  if (name === '.google.protobuf.Timestamp') {
    const ms = Number(String(m.seconds ?? 0)) * 1000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, `${nanosText(Number(m.nanos ?? 0))}Z`);
  }
  if (name === '.google.protobuf.Duration')
    return `${String(m.seconds ?? 0)}${nanosText(Number(m.nanos ?? 0))}s`;
  if (WRAPPERS.has(name)) return scalar(type.fields.value!, m.value ?? type.fields.value!.defaultValue);
  if (name === '.google.protobuf.Struct')
    return Object.fromEntries(
      Object.entries((m.fields ?? {}) as Record<string, Record<string, unknown>>).map(([k, v]) => [
        k,
        messageJson(root.lookupType('google.protobuf.Value'), v, root),
      ]),
    );
  if (name === '.google.protobuf.ListValue')
    return ((m.values ?? []) as Record<string, unknown>[]).map((v) =>
      messageJson(root.lookupType('google.protobuf.Value'), v, root),
    );
  if (name === '.google.protobuf.Value') {
    if ('structValue' in m || 'struct_value' in m)
      return messageJson(
        root.lookupType('google.protobuf.Struct'),
        (m.structValue ?? m.struct_value) as Record<string, unknown>,
        root,
      );
    if ('listValue' in m || 'list_value' in m)
      return messageJson(
        root.lookupType('google.protobuf.ListValue'),
        (m.listValue ?? m.list_value) as Record<string, unknown>,
        root,
      );
    for (const k of ['numberValue', 'number_value', 'stringValue', 'string_value', 'boolValue', 'bool_value'])
      if (k in m) return m[k];
    return null;
  }
  if (name === '.google.protobuf.Any') {
    const url = String(m.type_url ?? m.typeUrl ?? '');
    const inner = root.lookup(url.slice(url.lastIndexOf('/') + 1));
    if (inner instanceof protobuf.Type) {
      const decoded = inner.decode(m.value as Uint8Array) as unknown as Record<string, unknown>;
      const json = messageJson(inner, decoded, root);
      return typeof json === 'object' && json !== null && !Array.isArray(json)
        ? { '@type': url, ...json }
        : { '@type': url, value: json };
    }
    return { '@type': url, value: b64((m.value as Uint8Array) ?? new Uint8Array()) };
  }
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    const v = m[field.name];
    const one = (x: unknown) =>
      field.resolvedType instanceof protobuf.Type
        ? messageJson(field.resolvedType, x as Record<string, unknown>, root)
        : scalar(field, x);
    if (field.partOf && v === undefined) continue; // an unset member of a oneof
    if (field.map)
      out[field.name] = Object.fromEntries(
        Object.entries((v ?? {}) as Record<string, unknown>).map(([k, x]) => [k, one(x)]),
      );
    else if (field.repeated) out[field.name] = ((v ?? []) as unknown[]).map(one);
    else if (v === undefined || v === null)
      out[field.name] = field.resolvedType instanceof protobuf.Type ? null : scalar(field, field.typeDefault);
    else out[field.name] = one(v);
  }
  return out;
}

/** Decode `bytes` as message `type` into the JSON mapping. */
export function decodeProto(file: ProtoFile, type: protobuf.Type, bytes: Uint8Array): unknown {
  const m = type.decode(bytes) as unknown as Record<string, unknown>;
  return messageJson(type, m, file.root);
}
