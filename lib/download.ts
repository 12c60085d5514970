import type { Message } from '@/lib/schemas/messages';
import { isoInZone } from '@/lib/time';

// A message as a download holds it: keys and values decoded as the viewer shows them (a JSON value as
// JSON, text as a string, MessagePack and registry formats (Avro, Protobuf, JSON Schema) as the JSON they
// decode to, with the schema they name; other bytes as base64), the time in the console's zone with its
// offset next to the raw timestamp, headers as text. Pure: unit-tested.

type Wire = Message['value'];
const STRUCTURED = new Set<Wire['encoding']>(['json', 'msgpack', 'avro', 'protobuf', 'json-schema']);

function decoded(v: Wire): unknown {
  if (v.encoding === 'null') return null;
  if (STRUCTURED.has(v.encoding) && v.text !== undefined && !v.truncated)
    try {
      return JSON.parse(v.text);
    } catch {
      return v.text;
    }
  if (v.encoding === 'text' && v.text !== undefined) return v.text;
  return { base64: v.base64 ?? '' };
}

export function downloadRecord(m: Message, zone: string) {
  return {
    partition: m.partition,
    offset: m.offset,
    timestamp: m.timestamp,
    time: isoInZone(m.timestamp, zone),
    timestampType: m.timestampType,
    key: decoded(m.key),
    keyEncoding: m.key.encoding,
    ...(m.key.schema && { keySchema: m.key.schema }),
    value: decoded(m.value),
    valueEncoding: m.value.encoding,
    ...(m.value.schema && { valueSchema: m.value.schema }),
    headers: m.headers.map((h) => ({ key: h.key, value: decoded(h.value) })),
  };
}
