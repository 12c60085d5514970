import {
  LosslessNumber,
  isSafeNumber,
  parse as losslessParse,
  stringify as losslessStringify,
} from 'lossless-json';
import type { Message } from '@/lib/schemas/messages';
import { isoInZone } from '@/lib/time';

// A message as a download holds it: keys and values decoded as the viewer shows them (a JSON value as
// JSON, text as a string, MessagePack and registry formats (Avro, Protobuf, JSON Schema) as the JSON they
// decode to, with the schema they name; other bytes as base64), the time in the console's zone with its
// offset next to the raw timestamp, headers as text. Pure: unit-tested. Numbers keep every digit: a long
// beyond 2^53 or a decimal with many digits goes through lossless-json (JSON.parse would round it).

type Wire = Message['value'];
const STRUCTURED = new Set<Wire['encoding']>(['json', 'msgpack', 'avro', 'protobuf', 'json-schema']);

/** Sixteen digits in a row: a number JSON.parse may round (cheap to test before every parse). */
const LONG_DIGITS = /\d{16}/;
type Lossless = { seen: boolean };

function parseExact(text: string, lossless: Lossless): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return losslessParse(text, null, (n) => {
    if (isSafeNumber(n)) return Number(n);
    lossless.seen = true;
    return new LosslessNumber(n);
  });
}

function decoded(v: Wire, lossless: Lossless): unknown {
  if (v.encoding === 'null') return null;
  if (STRUCTURED.has(v.encoding) && v.text !== undefined && !v.truncated)
    try {
      return parseExact(v.text, lossless);
    } catch {
      return v.text;
    }
  if (v.encoding === 'text' && v.text !== undefined) return v.text;
  return { base64: v.base64 ?? '' };
}

export function downloadRecord(m: Message, zone: string, lossless: Lossless = { seen: false }) {
  return {
    partition: m.partition,
    offset: m.offset,
    timestamp: m.timestamp,
    time: isoInZone(m.timestamp, zone),
    timestampType: m.timestampType,
    key: decoded(m.key, lossless),
    keyEncoding: m.key.encoding,
    ...(m.key.schema && { keySchema: m.key.schema }),
    value: decoded(m.value, lossless),
    valueEncoding: m.value.encoding,
    ...(m.value.schema && { valueSchema: m.value.schema }),
    headers: m.headers.map((h) => ({ key: h.key, value: decoded(h.value, lossless) })),
  };
}

/** One record of a download as JSON text, every number with all its digits. */
export function downloadJson(m: Message, zone: string): string {
  const lossless = { seen: false };
  const r = downloadRecord(m, zone, lossless);
  return lossless.seen ? losslessStringify(r)! : JSON.stringify(r);
}
