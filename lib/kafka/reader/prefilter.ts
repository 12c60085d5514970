import type { EncodingChoice } from '@/lib/decode';

// A look at a record's raw bytes before anything is decoded: `false` only when the record cannot match
// the read's filter, so a scan decodes (UTF-8, JSON.parse, the CEL worker) only the records that might.
// Every rule below errs towards "maybe": a record it lets through is decoded and filtered as before.

/** What the prefilter sees of a record (kafkajs's record as fetched). */
export type RawView = {
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | Buffer[] | undefined>;
};
export type Prefilter = (r: RawView) => boolean;

const BACKSLASH = 0x5c;
// Non-ASCII characters whose lower case is ASCII: U+0130 (İ → i̇) and U+212A (Kelvin sign → k).
const LOWERS_TO_ASCII = [Buffer.from('\u0130'), Buffer.from('\u212a')];
// First bytes for which "auto" may decode the bytes as something other than their UTF-8 text: the
// registry's wire format (0x00) and MessagePack maps and arrays.
const notPlainText = (b: number) => b === 0 || (b >= 0x80 && b <= 0x9f) || (b >= 0xdc && b <= 0xdf);

/**
 * Whether the shown text of `bytes` decoded `as` is known to be their UTF-8 text or nothing (binary): then
 * a search that does not find the needle in the bytes cannot find it in the text.
 */
function textIsBytes(bytes: Buffer, as: EncodingChoice): boolean {
  if (as === 'json' || as === 'text') return true;
  return as === 'auto' && !notPlainText(bytes[0] ?? 0);
}

/**
 * Quick search (case-insensitive text in key, value or a header `name=value`). The bytes' latin1 view,
 * lower-cased, holds every ASCII run of the UTF-8 text lower-cased, so an ASCII needle it lacks is not in
 * the text, unless the text has one of the two characters whose lower case is ASCII.
 */
export function searchPrefilter(needle: string, keyAs: EncodingChoice, valueAs: EncodingChoice): Prefilter {
  const ascii = /^[\x00-\x7f]*$/.test(needle);
  const special = /[ik]/.test(needle);
  const may = (bytes: Buffer | null, as: EncodingChoice) => {
    if (bytes === null) return false;
    if (!textIsBytes(bytes, as)) return true;
    if (!ascii) return bytes.toString('utf8').toLowerCase().includes(needle);
    if (bytes.toString('latin1').toLowerCase().includes(needle)) return true;
    return special && LOWERS_TO_ASCII.some((c) => bytes.includes(c));
  };
  return (r) => may(r.key, keyAs) || may(r.value, valueAs) || (r.headers !== undefined && hasHeaders(r));
}

const hasHeaders = (r: RawView) => {
  for (const k in r.headers) if (r.headers[k] !== undefined) return true;
  return false;
};

/** The parts of a CEL AST (cel-js) read here. */
type Node = { op: string; args: unknown };
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && 'op' in x;
const literal = (n: unknown): string | null =>
  isNode(n) && n.op === 'value' && typeof n.args === 'string' && n.args !== '' ? n.args : null;

/** `key` or `value` when `n` selects a field (at least one `.x` or `[...]`) below it, else null. */
function selectedRoot(n: unknown): 'key' | 'value' | null {
  if (!isNode(n) || (n.op !== '.' && n.op !== '[]')) return null;
  let at: unknown = n;
  while (isNode(at) && (at.op === '.' || at.op === '[]')) at = (at.args as unknown[])[0];
  if (!isNode(at) || at.op !== 'id') return null;
  return at.args === 'key' || at.args === 'value' ? at.args : null;
}

/** A record matches only if the raw bytes of its `root` hold one of `any` (or cannot be judged). */
type Need = { root: 'key' | 'value'; any: string[] };

/** What a matching record must hold, from the conditions joined by && at the top of the expression. */
function needs(n: unknown): Need[] {
  if (!isNode(n)) return [];
  const args = n.args as unknown[];
  if (n.op === '&&') return [...needs(args[0]), ...needs(args[1])];
  if (n.op === '==') {
    for (const [a, b] of [args, [...args].reverse()]) {
      const root = selectedRoot(a);
      const lit = literal(b);
      if (root && lit !== null) return [{ root, any: [lit] }];
    }
  }
  if (n.op === 'in') {
    // path in ["a", "b"]: one of them; "a" in path (a list element or a map key): that one.
    const root = selectedRoot(args[0]);
    const list = args[1];
    if (root && isNode(list) && list.op === 'list') {
      const lits = (list.args as unknown[]).map(literal);
      if (lits.length && lits.every((l) => l !== null)) return [{ root, any: lits as string[] }];
    }
    const lit = literal(args[0]);
    const into = selectedRoot(args[1]);
    if (lit !== null && into) return [{ root: into, any: [lit] }];
  }
  if (n.op === 'rcall' && ['contains', 'startsWith', 'endsWith'].includes(args[0] as string)) {
    const root = selectedRoot(args[1]);
    const lit = literal((args[2] as unknown[])[0]);
    if (root && lit !== null) return [{ root, any: [lit] }];
  }
  return [];
}

/**
 * A CEL filter's conditions that compare a field of the key or value with string literals: a matching
 * record's bytes hold the literal, when the field came from JSON (as written, unless escaped: bytes with a
 * backslash are let through) or MessagePack (strings as UTF-8). A field only exists in structured data, so
 * text and binary values (CEL sees base64) never match them. Registry formats are let through (an Avro enum
 * is a number in the bytes). Null when the expression has no such condition.
 */
export function celPrefilter(ast: unknown, keyAs: EncodingChoice, valueAs: EncodingChoice): Prefilter | null {
  const all = needs(ast).filter((n) =>
    ['auto', 'json', 'msgpack'].includes(n.root === 'key' ? keyAs : valueAs),
  );
  if (!all.length) return null;
  const compiled = all.map((n) => ({
    root: n.root,
    auto: (n.root === 'key' ? keyAs : valueAs) === 'auto',
    any: n.any.map((s) => Buffer.from(s)),
  }));
  return (r) =>
    compiled.every(({ root, auto, any }) => {
      const bytes = r[root];
      if (bytes === null) return false;
      if (auto && bytes[0] === 0) return true;
      return any.some((lit) => bytes.includes(lit)) || bytes.includes(BACKSLASH);
    });
}
