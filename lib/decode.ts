import { decode as decodeMsgpack } from '@msgpack/msgpack';

// How a key or value is shown, decided per message, in the server and the browser alike. Every message
// keeps its bytes: what does not decode as asked is shown as binary (hex, base64), never dropped.

export const ENCODINGS = [
  'auto',
  'json',
  'text',
  'msgpack',
  'avro',
  'protobuf',
  'json-schema',
  'binary',
] as const;
export type EncodingChoice = (typeof ENCODINGS)[number];
export type Encoding = Exclude<EncodingChoice, 'auto'> | 'null';
/** Encodings decoded with a Schema Registry schema (lib/registry, on the server only). */
export const REGISTRY_ENCODINGS = ['avro', 'protobuf', 'json-schema'] as const;
export type RegistryEncoding = (typeof REGISTRY_ENCODINGS)[number];
const isRegistry = (e: Encoding): e is RegistryEncoding =>
  (REGISTRY_ENCODINGS as readonly string[]).includes(e);

/** The registry schema a key or value names: its id, and where known its subject, version, message type. */
export type SchemaRef = {
  id: number;
  format?: RegistryEncoding;
  subject?: string;
  version?: number;
  /** Protobuf: the message type used (picked by the record's message-index path). */
  type?: string;
};

/** Values longer than this are cut in lists and streams; "show all" loads the whole message. */
export const PREVIEW_BYTES = 20 * 1024;

export type Decoded = {
  encoding: Encoding;
  /** The text shown: the UTF-8 text (JSON as written), MessagePack as JSON; null for binary and null. */
  text: string | null;
  /** Parsed JSON / MessagePack, for filters and the tree view (undefined when not structured). */
  data?: unknown;
  /** Why the requested encoding did not apply (then shown as binary). */
  error?: string;
  /** The registry schema the bytes name (also when they did not decode with it). */
  schema?: SchemaRef;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function asUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

// Text a person would call text: no control characters other than tab, newline, carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const jsonText = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'bigint'
      ? x.toString()
      : x instanceof Uint8Array
        ? { $binary: toBase64(x) }
        : x instanceof Map
          ? Object.fromEntries(x)
          : x,
  );

function tryJson(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function tryMsgpack(bytes: Uint8Array): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: decodeMsgpack(bytes, { useBigInt64: true }) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

const binary = (error?: string): Decoded => ({ encoding: 'binary', text: null, ...(error ? { error } : {}) });

/** Decode `bytes` as `as` ("auto": JSON, then text, then MessagePack maps and arrays, else binary). */
export function decodeBytes(bytes: Uint8Array | null, as: EncodingChoice = 'auto'): Decoded {
  if (bytes === null) return { encoding: 'null', text: null };
  switch (as) {
    case 'binary':
      return binary();
    case 'text': {
      const text = asUtf8(bytes);
      return text === null ? binary('not valid UTF-8') : { encoding: 'text', text };
    }
    case 'json': {
      const text = asUtf8(bytes);
      if (text === null) return binary('not valid UTF-8, so not JSON');
      const r = tryJson(text);
      return r.ok ? { encoding: 'json', text, data: r.data } : binary(`not valid JSON: ${r.error}`);
    }
    case 'msgpack': {
      const r = tryMsgpack(bytes);
      return r.ok
        ? { encoding: 'msgpack', text: jsonText(r.data), data: r.data }
        : binary(`not valid MessagePack: ${r.error}`);
    }
    case 'avro':
    case 'protobuf':
    case 'json-schema':
      return binary('decoded with a Schema Registry on the server only'); // lib/registry/decode.ts
  }
  const text = asUtf8(bytes);
  if (text !== null) {
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') {
      const r = tryJson(text);
      if (r.ok) return { encoding: 'json', text, data: r.data };
    }
    if (!CONTROL.test(text)) return { encoding: 'text', text };
  }
  // MessagePack only when the bytes decode whole to a map or an array: random bytes often decode to a scalar.
  const first = bytes[0] ?? 0;
  const structured =
    (first >= 0x80 && first <= 0x9f) || first === 0xdc || first === 0xdd || first === 0xde || first === 0xdf;
  if (structured) {
    const r = tryMsgpack(bytes);
    if (r.ok && typeof r.data === 'object' && r.data !== null)
      return { encoding: 'msgpack', text: jsonText(r.data), data: r.data };
  }
  return binary();
}

export function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(b64, 'base64'));
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** "7b 22 61 22 ..." with at most `max` bytes. */
export function toHex(bytes: Uint8Array, max = bytes.length): string {
  const out: string[] = [];
  for (let i = 0; i < Math.min(max, bytes.length); i++) out.push(bytes[i]!.toString(16).padStart(2, '0'));
  return out.join(' ');
}

/** A key or value as the API sends it: enough to show it, and its exact bytes (base64 unless it is text). */
export type WireValue = {
  encoding: Encoding;
  size: number;
  /** The shown text (JSON as written, UTF-8 text, MessagePack as JSON), cut to the preview. */
  text?: string;
  /** The raw bytes (cut to the preview) when the text does not carry them exactly (binary, MessagePack). */
  base64?: string;
  truncated: boolean;
  error?: string;
  schema?: SchemaRef;
};

/** What the stream sends for one key or value, cut to `limit` bytes. */
export function toWire(bytes: Uint8Array | null, d: Decoded, limit = PREVIEW_BYTES): WireValue {
  if (bytes === null) return { encoding: 'null', size: 0, truncated: false };
  const truncated = bytes.length > limit;
  const out: WireValue = { encoding: d.encoding, size: bytes.length, truncated };
  if (d.error) out.error = d.error;
  if (d.schema) out.schema = d.schema;
  if (d.encoding === 'json' || d.encoding === 'text') {
    // UTF-8 text carries its bytes exactly; cut at a character boundary.
    out.text = truncated
      ? new TextDecoder().decode(bytes.subarray(0, limit)).replace(/\uFFFD$/, '')
      : d.text!;
  } else {
    out.base64 = toBase64(truncated ? bytes.subarray(0, limit) : bytes);
    // Decoded structures (MessagePack, registry formats) are shown as JSON when whole.
    if ((d.encoding === 'msgpack' || isRegistry(d.encoding)) && !truncated) out.text = d.text!;
  }
  return out;
}

/** The exact bytes behind a wire value (only the preview when it was truncated). */
export function wireBytes(v: WireValue): Uint8Array | null {
  if (v.encoding === 'null') return null;
  if (v.base64 !== undefined) return fromBase64(v.base64);
  return new TextEncoder().encode(v.text ?? '');
}
