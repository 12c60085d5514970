import avro from 'avsc';

// Avro with avsc, shown the way a person reads it: unions unwrapped where that is unambiguous (wrapped as
// {"type": value} otherwise), logical types as values (decimal as an exact number, uuid, timestamps and
// dates as ISO text), longs beyond 2^53 exact (bigint), bytes as base64 (lib/registry/json.ts).

/**
 * A long that stays exact: a number while it is safe, a bigint beyond. Read from its zig-zag varint bytes
 * (avsc's `noUnpack`): unpacking into a fresh 8-byte buffer per long made the garbage collector a third of
 * an Avro scan.
 */
const ExactLong = avro.types.LongType.__with(
  {
    fromBuffer: (buf: Buffer) => {
      // Up to 7 bytes hold 49 bits: exact in a double. Longer ones through bigint.
      if (buf.length <= 7) {
        let z = 0;
        for (let i = buf.length - 1; i >= 0; i--) z = z * 128 + (buf[i]! & 0x7f);
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      let z = 0n;
      for (let i = buf.length - 1; i >= 0; i--) z = (z << 7n) | BigInt(buf[i]! & 0x7f);
      const n = z & 1n ? -((z + 1n) >> 1n) : z >> 1n;
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    },
    toBuffer: (n: number | bigint) => {
      const v = BigInt(n);
      let z = v >= 0n ? v << 1n : (-v << 1n) - 1n;
      const out: number[] = [];
      while (z > 0x7fn) {
        out.push(Number(z & 0x7fn) | 0x80);
        z >>= 7n;
      }
      out.push(Number(z));
      return Buffer.from(out);
    },
    fromJSON: (v: number | string) => (typeof v === 'string' ? BigInt(v) : v),
    toJSON: (n: number | bigint) => (typeof n === 'bigint' ? Number(n) : n),
    isValid: (n: unknown) => typeof n === 'bigint' || Number.isInteger(n),
    compare: (a: number | bigint, b: number | bigint) => (a < b ? -1 : a > b ? 1 : 0),
  },
  true,
);

/** decimal (bytes or fixed): the unscaled two's-complement integer, shown with its scale. */
class Decimal extends avro.types.LogicalType {
  private scale: number;
  constructor(schema: avro.Schema, opts?: object) {
    super(schema, opts);
    this.scale = (schema as { scale?: number }).scale ?? 0;
  }
  _fromValue(buf: Buffer) {
    let n = 0n;
    for (const b of buf) n = (n << 8n) | BigInt(b);
    if (buf.length && buf[0]! & 0x80) n -= 1n << BigInt(buf.length * 8);
    const neg = n < 0n;
    const digits = (neg ? -n : n).toString().padStart(this.scale + 1, '0');
    const text = this.scale ? `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}` : digits;
    return new DecimalValue(`${neg ? '-' : ''}${text}`);
  }
  _toValue(v: DecimalValue | string | number) {
    const text = String(v instanceof DecimalValue ? v.text : v);
    const [whole = '0', frac = ''] = text.replace('-', '').split('.');
    let n = BigInt(whole + frac.padEnd(this.scale, '0').slice(0, this.scale));
    if (text.startsWith('-')) n = -n;
    const bytes: number[] = [];
    let x = n;
    do {
      bytes.unshift(Number(x & 0xffn));
      x >>= 8n;
    } while (!(x === 0n && (bytes[0]! & 0x80) === 0) && !(x === -1n && (bytes[0]! & 0x80) !== 0));
    return Buffer.from(bytes);
  }
  _resolve(type: unknown) {
    if (avro.Type.isType(type, 'logical:decimal')) return this._fromValue.bind(this);
    return undefined;
  }
}
/** A decimal written into JSON as an exact number literal (see json.ts). */
export class DecimalValue {
  constructor(readonly text: string) {}
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));

class TimestampMillis extends avro.types.LogicalType {
  _fromValue(v: number | bigint) {
    return iso(Number(v));
  }
  _toValue(v: string | number) {
    return typeof v === 'number' ? v : Date.parse(v);
  }
}
class TimestampMicros extends avro.types.LogicalType {
  _fromValue(v: number | bigint) {
    const us = BigInt(v);
    const ms = Number(us / 1000n);
    const rest = String(((us % 1_000_000n) + 1_000_000n) % 1_000_000n).padStart(6, '0');
    return iso(ms).replace(/\.\d{3}Z$/, `.${rest}Z`);
  }
  _toValue(v: string | number) {
    if (typeof v === 'number') return v;
    const m = /\.(\d{1,6})Z$/.exec(v);
    const micros = m ? Number(m[1]!.padEnd(6, '0')) % 1000 : 0;
    return Date.parse(v) * 1000 + micros;
  }
}
class DateType extends avro.types.LogicalType {
  _fromValue(days: number) {
    return new Date(days * 86_400_000).toISOString().slice(0, 10);
  }
  _toValue(v: string | number) {
    return typeof v === 'number' ? v : Math.round(Date.parse(`${v}T00:00:00Z`) / 86_400_000);
  }
}
class Uuid extends avro.types.LogicalType {
  _fromValue(v: string) {
    return v;
  }
  _toValue(v: string) {
    return v;
  }
}

const logicalTypes = {
  decimal: Decimal,
  'timestamp-millis': TimestampMillis,
  'timestamp-micros': TimestampMicros,
  'local-timestamp-millis': TimestampMillis,
  'local-timestamp-micros': TimestampMicros,
  date: DateType,
  uuid: Uuid,
};

/**
 * The Avro type of a schema, with the schemas it references (named types from other subjects) parsed
 * into the same registry first.
 */
export function avroType(schema: string, references: string[] = []): avro.Type {
  const registry: Record<string, avro.Type> = { long: ExactLong };
  const opts = { registry, logicalTypes, wrapUnions: 'auto' as const };
  for (const ref of references) avro.Type.forSchema(JSON.parse(ref), opts);
  return avro.Type.forSchema(JSON.parse(schema), opts);
}
