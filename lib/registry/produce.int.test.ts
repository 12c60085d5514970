import { describe, expect, it } from 'vitest';
import { AvroDeserializer, JsonDeserializer, SerdeType } from '@confluentinc/schemaregistry';
import { POST as produceRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/produce/route';
import { uniqueName } from '@/test/kafka';
import { withRegistryTopics } from '@/test/registry-env';
import { call } from '@/test/routes';
import { compileProto } from '@/test/protobuf';
import { fromBinary } from '@bufbuild/protobuf';

// Producing with a registry schema through the produce route, read back by Confluent's own deserializers:
// what we frame and encode is what a client we did not write reads.

const sr = withRegistryTopics('srp');
const { kafka, admin, newTopic } = sr;

/** Every value of partition 0, raw. */
async function values(topic: string, n: number): Promise<Buffer[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('srp-read') });
  const got: Buffer[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message }) => {
        got.push(message.value!);
        if (got.length >= n) resolve();
      },
    });
  });
  await consumer.disconnect();
  return got;
}
const high = async (topic: string) => Number((await admin.fetchTopicOffsets(topic))[0]!.high);

/** POST the produce route: a value typed against the topic's `<topic>-value` subject, `count` times. */
const produceWithSchema = (
  topic: string,
  text: string,
  extra: { messageType?: string; count?: number } = {},
) =>
  call(
    produceRoute,
    { topic },
    {
      method: 'POST',
      body: {
        value: { type: 'schema', subject: `${topic}-value`, text, messageType: extra.messageType },
        ...(extra.count && { count: extra.count }),
      },
    },
  );

const PAYMENT = {
  type: 'record',
  name: 'Payment',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
  ],
};

// Twice this session (once in CI, once here) a test of this file hung for its whole 60 s right after the
// registry was started, and never when run again; where it waits is not known yet (Confluent's client,
// kafkajs or our read). One retry, each try bounded to 40 s, until that is found.
describe('Schema Registry: producing', { retry: 1, timeout: 40_000 }, () => {
  it('Avro: JSON typed in the form, encoded and framed; Confluent reads it; a misfit is a 422 naming the field', async () => {
    const topic = await newTopic();
    const id = await sr.client.register(`${topic}-value`, {
      schemaType: 'AVRO',
      schema: JSON.stringify(PAYMENT),
    });
    const ok = await produceWithSchema(
      topic,
      '{"id": {{i}}, "note": "n{{i}}", "amount": "12.34", "at": "2026-01-31T12:00:00.000Z"}',
      { count: 3 },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.written).toHaveLength(3);
    const [first] = await values(topic, 3);
    expect(first!.readInt32BE(1)).toBe(id);
    const de = new AvroDeserializer(sr.client, SerdeType.VALUE, {});
    const read = await de.deserialize(topic, first!);
    expect(read).toMatchObject({ id: 0, note: 'n0', at: Date.UTC(2026, 0, 31, 12) });
    expect(Buffer.from(read.amount).readUInt16BE()).toBe(1234); // 12.34 at scale 2

    const before = await high(topic);
    const bad = await produceWithSchema(topic, '{"id": "seven", "amount": "1", "at": 0}');
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(
      /^The value does not fit schema \d+ \(.+-value v1\): id: expected long, got "seven"$/,
    );
    expect(await high(topic)).toBe(before); // nothing written
  });

  it('Protobuf: the chosen message type with its message-index path; an independent decoder reads it', async () => {
    const topic = await newTopic();
    const proto = `syntax = "proto3";
package shop;
import "google/protobuf/timestamp.proto";
message Order { string id = 1; int64 cents = 2; google.protobuf.Timestamp at = 3; message Line { string sku = 1; } }
message Refund { string order_id = 1; }
`;
    await sr.client.register(`${topic}-value`, { schemaType: 'PROTOBUF', schema: proto });
    const send = (messageType: string | undefined, text: string) =>
      produceWithSchema(topic, text, { messageType });
    expect(
      (await send(undefined, '{"id": "o1", "cents": "9007199254740993", "at": "2026-01-31T00:00:00Z"}'))
        .status,
    ).toBe(200);
    expect((await send('shop.Refund', '{"order_id": "o1"}')).status).toBe(200);
    expect((await send('shop.Order.Line', '{"sku": "x"}')).status).toBe(200);
    const misfit = await send('shop.Refund', '{"reason": "x"}');
    expect([misfit.status, misfit.body.error.message]).toEqual([
      422,
      expect.stringMatching(/Refund has no field "reason"$/),
    ]);
    const unknown = await send('shop.Nope', '{}');
    expect([unknown.status, unknown.body.error.message]).toEqual([
      400,
      expect.stringMatching(
        /has no message type "shop.Nope"; it has shop.Order, shop.Order.Line, shop.Refund\.$/,
      ),
    ]);

    const raw = await values(topic, 3);
    expect(raw.map((b) => b.subarray(5, 7).toString('hex'))).toEqual(['000a', '0202', '0400']);
    // Read back with @bufbuild/protobuf from descriptors compiled from the same .proto text (Confluent's
    // ProtobufDeserializer asks the registry for serialized descriptors, which Apicurio does not serve).
    const { files } = compileProto('shop.proto', proto);
    const order = fromBinary(files.getMessage('shop.Order')!, raw[0]!.subarray(6));
    const refund = fromBinary(files.getMessage('shop.Refund')!, raw[1]!.subarray(7));
    const line = fromBinary(files.getMessage('shop.Order.Line')!, raw[2]!.subarray(8));
    expect(order).toMatchObject({ $typeName: 'shop.Order', id: 'o1', cents: 9007199254740993n });
    expect(Number((order as unknown as { at: { seconds: bigint } }).at.seconds)).toBe(
      Date.UTC(2026, 0, 31) / 1000,
    );
    expect(refund).toMatchObject({ $typeName: 'shop.Refund', orderId: 'o1' });
    expect(line).toMatchObject({ $typeName: 'shop.Order.Line', sku: 'x' });
  });

  it('JSON Schema: validated before sending; Confluent reads it', async () => {
    const topic = await newTopic();
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, n: { type: 'integer' } },
      required: ['name'],
    };
    await sr.client.register(`${topic}-value`, { schemaType: 'JSON', schema: JSON.stringify(schema) });
    expect((await produceWithSchema(topic, '{"name": "ada", "n": 1}')).status).toBe(200);
    const bad = await produceWithSchema(topic, '{"n": 1.5}');
    expect([bad.status, bad.body.error.message]).toEqual([
      422,
      expect.stringMatching(/: the value: must have required property 'name'$/),
    ]);
    const de = new JsonDeserializer(sr.client, SerdeType.VALUE, {});
    expect(await de.deserialize(topic, (await values(topic, 1))[0]!)).toEqual({ name: 'ada', n: 1 });
  });

  it('an unknown subject is a 404 and nothing is written', async () => {
    const topic = await newTopic();
    const r = await produceWithSchema(topic, '{}');
    expect([r.status, r.body.error.message]).toEqual([
      404,
      `The Schema Registry has no subject "${topic}-value".`,
    ]);
    expect(await high(topic)).toBe(0);
  });
});
