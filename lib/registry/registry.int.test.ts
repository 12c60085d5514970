import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import avro from 'avsc';
import { create } from '@bufbuild/protobuf';
import { AvroSerializer, ProtobufSerializer, SerdeType } from '@confluentinc/schemaregistry';
import { GET as messagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { compileProto, messageRegistry } from '@/test/protobuf';
import { withRegistryTopics } from '@/test/registry-env';
import { messagesOf, readEvents } from '@/test/sse';

// Records written by Confluent's own serializers (@confluentinc/schemaregistry) against a real registry
// (Apicurio, Confluent-compatible API), read back through the messages route: decoded, with their schema.

const sr = withRegistryTopics('sr');
const { kafka, newTopic } = sr;
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

beforeAll(() => producer.connect());
afterAll(() => producer.disconnect());

async function read(topic: string, query: Record<string, string> = {}) {
  const q = new URLSearchParams({ start: 'oldest', max: '100', ...query });
  const res = await messagesRoute(new NextRequest(`http://localhost/api/topics/${topic}/messages?${q}`), {
    params: Promise.resolve({ topic }),
  });
  const events = await readEvents(res);
  return { messages: messagesOf(events), done: events.find((e) => e.event === 'done')?.data };
}
const json = (v: { text?: string }) => JSON.parse(v.text!);

const ORDER_V1 = {
  type: 'record',
  name: 'Order',
  namespace: 'shop',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'ref', type: { type: 'string', logicalType: 'uuid' } },
  ],
};
const ORDER_V2 = {
  ...ORDER_V1,
  fields: [...ORDER_V1.fields, { name: 'channel', type: 'string', default: 'web' }],
};

// Twice this session (once in CI, once here) a test of this file hung for its whole 60 s right after the
// registry was started, and never when run again; where it waits is not known yet (Confluent's client,
// kafkajs or our read). One retry, each try bounded to 40 s, until that is found.
describe('Schema Registry: reading', { retry: 1, timeout: 40_000 }, () => {
  it('Avro: unions, decimal, timestamp, uuid as values; two schema versions in one topic; the schema named', async () => {
    const topic = await newTopic();
    const subject = `${topic}-value`;
    const v1 = await sr.client.register(subject, { schemaType: 'AVRO', schema: JSON.stringify(ORDER_V1) });
    const ser1 = new AvroSerializer(sr.client, SerdeType.VALUE, { useSchemaId: v1 });
    const first = await ser1.serialize(topic, {
      id: 42,
      note: 'hi',
      amount: Buffer.from([0x30, 0x39]), // 12345 unscaled: 123.45
      at: Date.UTC(2026, 0, 31, 12, 0, 0),
      ref: '0b0d6c4e-6a36-4d5b-9a59-3a8f4e2b1c11',
    });
    const v2 = await sr.client.register(subject, { schemaType: 'AVRO', schema: JSON.stringify(ORDER_V2) });
    const ser2 = new AvroSerializer(sr.client, SerdeType.VALUE, { useSchemaId: v2 });
    const second = await ser2.serialize(topic, {
      id: 43,
      note: null,
      amount: Buffer.from([0xff, 0x38]), // -200 unscaled: -2.00
      at: Date.UTC(2026, 1, 1),
      ref: '1b0d6c4e-6a36-4d5b-9a59-3a8f4e2b1c12',
      channel: 'app',
    });
    // A long beyond 2^53, written by avsc with an exact long type, framed for schema v2.
    const exact = avro.types.LongType.__with({
      fromBuffer: (b: Buffer) => b.readBigInt64LE(),
      toBuffer: (n: bigint | number) => {
        const b = Buffer.alloc(8);
        b.writeBigInt64LE(BigInt(n));
        return b;
      },
      fromJSON: BigInt,
      toJSON: Number,
      isValid: (n: unknown) => typeof n === 'bigint' || Number.isInteger(n),
      compare: () => 0,
    });
    const big = avro.Type.forSchema(ORDER_V2 as avro.Schema, { registry: { long: exact } }).toBuffer({
      id: 9007199254740993n,
      note: null,
      amount: Buffer.from([0x01]),
      at: 0,
      ref: '2b0d6c4e-6a36-4d5b-9a59-3a8f4e2b1c13',
      channel: 'batch',
    });
    const idBytes = Buffer.alloc(4);
    idBytes.writeInt32BE(v2);
    await producer.send({
      topic,
      messages: [
        { value: first },
        { value: second },
        { value: Buffer.concat([Buffer.from([0]), idBytes, big]) },
      ],
    });

    const { messages } = await read(topic);
    expect(messages.map((m) => m.value.encoding)).toEqual(['avro', 'avro', 'avro']);
    expect(json(messages[0].value)).toEqual({
      id: 42,
      note: 'hi',
      amount: 123.45,
      at: '2026-01-31T12:00:00.000Z',
      ref: '0b0d6c4e-6a36-4d5b-9a59-3a8f4e2b1c11',
    });
    expect(messages[0].value.schema).toEqual({ id: v1, format: 'avro', subject, version: 1 });
    expect(json(messages[1].value)).toMatchObject({ id: 43, note: null, amount: -2, channel: 'app' });
    expect(messages[1].value.schema).toEqual({ id: v2, format: 'avro', subject, version: 2 });
    // exact digits in the text, not 9007199254740992
    expect(messages[2].value.text).toContain('"id":9007199254740993');
    expect(messages[2].value.text).toContain('"amount":0.01');
    // the bytes stay with the message
    expect(Buffer.from(messages[0].value.base64, 'base64')).toEqual(first);
  });

  it('Protobuf: every message index (first, second, nested) picks its type; int64 exact, Timestamp as text', async () => {
    const topic = await newTopic();
    const proto = `syntax = "proto3";
package shop;
import "google/protobuf/timestamp.proto";
message Order {
  string id = 1;
  int64 cents = 2;
  google.protobuf.Timestamp at = 3;
  Line line = 4;
  message Line { string sku = 1; int32 qty = 2; }
}
message Refund { string order_id = 1; string reason = 2; }
`;
    const id = await sr.client.register(`${topic}-value`, { schemaType: 'PROTOBUF', schema: proto });
    const { files, messages: descs } = compileProto('shop.proto', proto);
    const ser = new ProtobufSerializer(sr.client, SerdeType.VALUE, {
      useLatestVersion: true,
      registry: messageRegistry(descs),
    });
    const Order = files.getMessage('shop.Order')!;
    const Line = files.getMessage('shop.Order.Line')!;
    const Refund = files.getMessage('shop.Refund')!;
    const values = [
      await ser.serialize(
        topic,
        create(Order, {
          id: 'o1',
          cents: 9007199254740993n,
          at: { seconds: BigInt(Date.UTC(2026, 0, 31) / 1000), nanos: 5_000_000 },
          line: { sku: 'x', qty: 2 },
        }),
      ),
      await ser.serialize(topic, create(Refund, { orderId: 'o1', reason: 'broken' })),
      await ser.serialize(topic, create(Line, { sku: 'y', qty: 3 })),
    ];
    // Confluent frames them [0] (the 0x00 shorthand), [1] and [0, 0].
    expect(values.map((v) => v.subarray(5, 8).toString('hex'))).toEqual(['000a02', '02020a', '040000']);
    await producer.send({ topic, messages: values.map((value) => ({ value })) });

    const { messages } = await read(topic);
    expect(messages.map((m) => m.value.schema)).toEqual([
      { id, format: 'protobuf', subject: `${topic}-value`, version: 1, type: 'shop.Order' },
      { id, format: 'protobuf', subject: `${topic}-value`, version: 1, type: 'shop.Refund' },
      { id, format: 'protobuf', subject: `${topic}-value`, version: 1, type: 'shop.Order.Line' },
    ]);
    expect(json(messages[0].value)).toEqual({
      id: 'o1',
      cents: '9007199254740993',
      at: '2026-01-31T00:00:00.005Z',
      line: { sku: 'x', qty: 2 },
    });
    expect(json(messages[1].value)).toEqual({ order_id: 'o1', reason: 'broken' });
    expect(json(messages[2].value)).toEqual({ sku: 'y', qty: 3 });
  });

  it('JSON Schema: the JSON after the header, with its schema', async () => {
    const topic = await newTopic();
    const schema = JSON.stringify({
      type: 'object',
      properties: { name: { type: 'string' }, n: { type: 'integer' } },
      required: ['name'],
    });
    const id = await sr.client.register(`${topic}-value`, { schemaType: 'JSON', schema });
    // Framed by hand (0, the id, the JSON): Confluent's JsonSerializer once hung for a minute against a
    // fresh Apicurio in CI. Its deserializer reads what we produce in produce.int.test.ts.
    const head = Buffer.alloc(5);
    head.writeInt32BE(id, 1);
    await producer.send({
      topic,
      messages: [{ value: Buffer.concat([head, Buffer.from('{"name":"ada","n":1}')]) }],
    });
    const { messages } = await read(topic);
    expect(messages[0].value.encoding).toBe('json-schema');
    expect(json(messages[0].value)).toEqual({ name: 'ada', n: 1 });
    expect(messages[0].value.schema).toMatchObject({ id, format: 'json-schema' });
  });

  it('what cannot be decoded keeps its bytes and says why; filters see decoded values; the scan goes on', async () => {
    const topic = await newTopic();
    await sr.client.register(`${topic}-value`, { schemaType: 'AVRO', schema: JSON.stringify(ORDER_V1) });
    const ser = new AvroSerializer(sr.client, SerdeType.VALUE, { useLatestVersion: true });
    const good = await ser.serialize(topic, {
      id: 1,
      note: 'find me',
      amount: Buffer.from([1]),
      at: 0,
      ref: '3b0d6c4e-6a36-4d5b-9a59-3a8f4e2b1c14',
    });
    const unknown = Buffer.from([0, 0x7f, 0xff, 0xff, 0x00, 1, 2, 3]);
    const broken = Buffer.concat([good.subarray(0, 5), Buffer.from([0xff, 0xff, 0xff])]);
    await producer.send({
      topic,
      messages: [{ value: good }, { value: unknown }, { value: broken }, { value: 'plain text' }],
    });
    const all = await read(topic);
    expect(all.messages.map((m) => m.value.encoding)).toEqual(['avro', 'binary', 'binary', 'text']);
    expect(all.messages[1].value.error).toBe(`schema id ${0x7fffff00} is not in the registry`);
    expect(all.messages[2].value.error).toMatch(/^does not decode with schema \d+ \(Avro\): /);
    expect(all.done).toMatchObject({ found: 4, reason: 'end' });

    const filtered = await read(topic, { filter: 'value.note == "find me"' });
    expect(filtered.messages.map((m) => m.offset)).toEqual([0]);
    const searched = await read(topic, { q: 'FIND ME' });
    expect(searched.messages.map((m) => m.offset)).toEqual([0]);

    // Forced to another format: said so, bytes kept.
    const forced = await read(topic, { valueAs: 'protobuf', max: '1' });
    expect(forced.messages[0].value).toMatchObject({
      encoding: 'binary',
      error: expect.stringMatching(/is Avro, not Protobuf$/),
    });

    // The registry unreachable: the viewer still reads, each value says why.
    await producer.send({ topic, messages: [{ value: Buffer.from([0, 0x7f, 0xff, 0xfe, 0x00, 1]) }] });
    process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = 'http://127.0.0.1:65534/apis/ccompat/v7';
    try {
      const down = await read(topic);
      expect(down.done).toMatchObject({ found: 5 });
      expect(down.messages[0].value.encoding).toBe('avro'); // its schema was cached while it was up
      expect(down.messages[4].value).toMatchObject({
        encoding: 'binary',
        error: expect.stringMatching(
          /^registry unreachable: http:\/\/127\.0\.0\.1:65534\/apis\/ccompat\/v7: ECONNREFUSED/,
        ),
      });
    } finally {
      process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = sr.registry.url;
    }
  });
});
