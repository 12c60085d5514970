import { describe, expect, it } from 'vitest';
import { frame, messageIndexes, unframe } from './wire';
import { protoFile, typeAt } from './protobuf';

describe('the Confluent wire format', () => {
  it('reads the schema id after the magic byte, and nothing from bytes that are not framed', () => {
    expect(unframe(Buffer.from([0, 0, 0, 1, 44, 9, 9]))).toMatchObject({ id: 300 });
    expect(unframe(Buffer.from([1, 0, 0, 0, 1, 9]))).toBeNull(); // another magic byte
    expect(unframe(Buffer.from([0, 0, 0, 1]))).toBeNull(); // too short for an id
    expect(unframe(Buffer.from('{"a":1}'))).toBeNull();
    expect(unframe(null)).toBeNull();
  });

  it('Protobuf message indexes: 0 is [0]; otherwise a zig-zag count and zig-zag indexes; frame writes them back', () => {
    expect(messageIndexes(Buffer.from([0, 0x0a]))).toEqual({ path: [0], message: Buffer.from([0x0a]) });
    expect(messageIndexes(Buffer.from([2, 2, 0x0a])).path).toEqual([1]);
    expect(messageIndexes(Buffer.from([4, 0, 0])).path).toEqual([0, 0]);
    expect(messageIndexes(Buffer.from([4, 6, 2])).path).toEqual([3, 1]);
    expect(() => messageIndexes(Buffer.from([4, 0x80]))).toThrow(/cut short/);
    for (const path of [[0], [1], [0, 0], [3, 1], [200]]) {
      const framed = frame(7, Buffer.from([0x0a, 0]), path);
      const f = unframe(framed)!;
      expect([f.id, messageIndexes(f.payload).path]).toEqual([7, path]);
    }
  });

  it("a .proto file's message indexes count only its own messages, not the well-known types it imports", () => {
    const file = protoFile(`syntax = "proto3";
package shop;
import "google/protobuf/timestamp.proto";
message Order { google.protobuf.Timestamp at = 1; message Line { string sku = 1; } }
message Refund { string id = 1; }
`);
    expect(file.messages.map((t) => t.fullName)).toEqual(['.shop.Order', '.shop.Refund']);
    expect(typeAt(file, [0, 0]).fullName).toBe('.shop.Order.Line');
    expect(() => typeAt(file, [2])).toThrow('the schema has no message at index path [2]');
  });
});
