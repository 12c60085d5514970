// The Confluent wire format: byte 0 the magic 0x00, bytes 1-4 the schema id (big-endian int32), then the
// payload. For Protobuf the payload starts with the message-index list: a zig-zag varint count, then that
// many zig-zag varints (the path of nested message indexes in the .proto file); the single byte 0x00 is
// the shorthand for [0], the first message type.

export type Framed = { id: number; payload: Uint8Array };

/** The schema id a framed key or value names; -1 when the bytes are not framed (nothing allocated). */
export function framedId(bytes: Uint8Array | null): number {
  if (!bytes || bytes.length < 5 || bytes[0] !== 0) return -1;
  const id = ((bytes[1]! << 24) | (bytes[2]! << 16) | (bytes[3]! << 8) | bytes[4]!) >>> 0;
  return id > 0x7fffffff ? -1 : id;
}

/** The schema id and payload of a framed key or value; null when the bytes are not framed. */
export function unframe(bytes: Uint8Array | null): Framed | null {
  const id = framedId(bytes);
  return id < 0 ? null : { id, payload: bytes!.subarray(5) };
}

function readVarint(b: Uint8Array, at: number): { value: number; next: number } {
  let result = 0;
  let shift = 0;
  for (let i = at; i < b.length && shift < 35; i++) {
    const byte = b[i]!;
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) {
      const zz = result % 2 === 1 ? -(result + 1) / 2 : result / 2; // zig-zag
      return { value: zz, next: i + 1 };
    }
  }
  throw new Error('the Protobuf message-index list is cut short');
}

/** The Protobuf message-index path and the message bytes after it. */
export function messageIndexes(payload: Uint8Array): { path: number[]; message: Uint8Array } {
  const count = readVarint(payload, 0);
  if (count.value === 0) return { path: [0], message: payload.subarray(count.next) };
  if (count.value < 0 || count.value > 100) throw new Error(`a message-index list of ${count.value} entries`);
  const path: number[] = [];
  let at = count.next;
  for (let i = 0; i < count.value; i++) {
    const v = readVarint(payload, at);
    if (v.value < 0) throw new Error('a negative message index');
    path.push(v.value);
    at = v.next;
  }
  return { path, message: payload.subarray(at) };
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
function writeVarint(out: number[], n: number) {
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Frame a payload for schema `id` (with the Protobuf message-index path when given). */
export function frame(id: number, payload: Uint8Array, protobufPath?: number[]): Buffer {
  const head = [0, (id >>> 24) & 0xff, (id >>> 16) & 0xff, (id >>> 8) & 0xff, id & 0xff];
  if (protobufPath) {
    if (protobufPath.length === 1 && protobufPath[0] === 0) head.push(0);
    else {
      writeVarint(head, zigzag(protobufPath.length));
      for (const i of protobufPath) writeVarint(head, zigzag(i));
    }
  }
  return Buffer.concat([Buffer.from(head), payload]);
}
