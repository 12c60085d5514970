// Demo data for the Schema Registry: an Avro topic (a union with a record, a decimal, a timestamp, a uuid),
// a Protobuf topic (two message types in one file, one nested, importing a well-known type) and a JSON
// Schema topic, each value framed in the Confluent wire format for a schema registered under
// `<topic>-value`. Used by `npm run demo` (with the dev registry) and by the e2e seed (the test registry).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const avro = require('avsc');
const protobuf = require('protobufjs');

export const REGISTRY_TOPICS = [
  { topic: 'demo.payments-avro', numPartitions: 3 },
  { topic: 'demo.shipments-proto', numPartitions: 2 },
  { topic: 'demo.users-json', numPartitions: 1 },
];
export const PAYMENTS_GROUP = 'demo-payments';

const PAYMENT = {
  type: 'record',
  name: 'Payment',
  namespace: 'demo',
  fields: [
    { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'customer', type: 'string' },
    { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
    { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD', 'GBP', 'KRW'] } },
    {
      name: 'method',
      type: [
        'null',
        'string',
        {
          type: 'record',
          name: 'Card',
          fields: [
            { name: 'brand', type: 'string' },
            { name: 'last4', type: 'string' },
          ],
        },
      ],
      default: null,
    },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
  ],
};

const SHIPMENTS = `syntax = "proto3";
package demo;

import "google/protobuf/timestamp.proto";

// A shipment and its parcels (message index [0]; a parcel alone is [0, 0]).
message Shipment {
  string id = 1;
  Status status = 2;
  google.protobuf.Timestamp created_at = 3;
  repeated Parcel parcels = 4;
  int64 weight_grams = 5;

  enum Status { CREATED = 0; PACKED = 1; SHIPPED = 2; DELIVERED = 3; }
  message Parcel { string label = 1; int32 weight_grams = 2; }
}

// Something that happened to a shipment (message index [1]).
message ShipmentEvent {
  string shipment_id = 1;
  string note = 2;
}
`;

const USER = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'User',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    email: { type: 'string', format: 'email' },
    plan: { enum: ['free', 'pro', 'team'] },
  },
  required: ['id', 'name'],
};

/** The Confluent wire format: 0, the schema id (big-endian), [the Protobuf message-index path], payload. */
function frame(id, payload, path) {
  const head = [0, (id >>> 24) & 0xff, (id >>> 16) & 0xff, (id >>> 8) & 0xff, id & 0xff];
  if (path) {
    if (path.length === 1 && path[0] === 0) head.push(0);
    else for (const n of [path.length, ...path]) head.push(n * 2); // zig-zag of small non-negative numbers
  }
  return Buffer.concat([Buffer.from(head), Buffer.from(payload)]);
}

async function register(url, subject, schemaType, schema) {
  const res = await fetch(`${url}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schemaType, schema }),
  });
  if (!res.ok) throw new Error(`registering ${subject}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

const customers = ['ada', 'grace', 'linus', 'margaret', 'dennis', 'barbara', 'ken', 'radia'];
const pick = (a, i) => a[i % a.length];

/** Register the schemas; answer encoders for the three topics. */
export async function registryEncoders(url) {
  const [paymentId, shipmentId, userId] = await Promise.all([
    register(url, 'demo.payments-avro-value', 'AVRO', JSON.stringify(PAYMENT)),
    register(url, 'demo.shipments-proto-value', 'PROTOBUF', SHIPMENTS),
    register(url, 'demo.users-json-value', 'JSON', JSON.stringify(USER)),
  ]);
  const payment = avro.Type.forSchema(PAYMENT);
  const parsed = protobuf.parse(SHIPMENTS, { keepCase: true });
  parsed.root.addJSON(protobuf.common.get('google/protobuf/timestamp.proto').nested);
  const Shipment = parsed.root.lookupType('demo.Shipment');
  const Parcel = parsed.root.lookupType('demo.Shipment.Parcel');
  const Event = parsed.root.lookupType('demo.ShipmentEvent');
  const cents = (i) => 500 + ((i * 3779) % 99_500);
  const decimal = (n) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  return {
    payment: (i) => ({
      key: `customer-${pick(customers, i * 5 + 1)}`,
      value: frame(
        paymentId,
        payment.toBuffer({
          id: randomUUID(),
          customer: pick(customers, i * 5 + 1),
          amount: decimal(i % 7 === 0 ? -cents(i) : cents(i)),
          currency: pick(['EUR', 'USD', 'GBP', 'KRW'], i),
          method:
            i % 3 === 0
              ? null
              : i % 3 === 1
                ? 'bank-transfer'
                : { brand: 'visa', last4: String(1000 + (i % 9000)) },
          at: Date.now(),
        }),
      ),
    }),
    shipment: (i) => {
      const id = `shp-${1000 + Math.floor(i / 3)}`;
      const now = Date.now();
      if (i % 3 === 1)
        return {
          key: id,
          value: frame(
            shipmentId,
            Event.encode({ shipment_id: id, note: `scanned at hub ${i % 5}` }).finish(),
            [1],
          ),
        };
      if (i % 3 === 2)
        return {
          key: id,
          value: frame(
            shipmentId,
            Parcel.encode({ label: `parcel-${i}`, weight_grams: 200 + (i % 900) }).finish(),
            [0, 0],
          ),
        };
      return {
        key: id,
        value: frame(
          shipmentId,
          Shipment.encode({
            id,
            status: i % 4,
            created_at: { seconds: Math.floor(now / 1000), nanos: (now % 1000) * 1e6 },
            parcels: [
              { label: 'box-1', weight_grams: 1200 },
              { label: 'box-2', weight_grams: 300 + (i % 50) },
            ],
            weight_grams: 1500 + (i % 50),
          }).finish(),
          [0],
        ),
      };
    },
    user: (i) => ({
      key: `user-${i}`,
      value: frame(
        userId,
        JSON.stringify({
          id: i,
          name: pick(customers, i),
          email: `${pick(customers, i)}@example.com`,
          plan: pick(['free', 'pro', 'team'], i),
        }),
      ),
    }),
  };
}

/** Create the registry topics (the ones missing) and write a first batch into each. */
export async function seedRegistryDemo(kafka, url, { log = () => {} } = {}) {
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await Promise.all([admin.connect(), producer.connect()]);
  try {
    // Schemas first: a registry that refuses them must not leave topics created but never seeded.
    const enc = await registryEncoders(url);
    const existing = new Set(await admin.listTopics());
    const missing = REGISTRY_TOPICS.filter((t) => !existing.has(t.topic));
    if (missing.length) await admin.createTopics({ waitForLeaders: true, topics: missing });
    if (missing.length) {
      await producer.sendBatch({
        topicMessages: [
          { topic: 'demo.payments-avro', messages: Array.from({ length: 60 }, (_, i) => enc.payment(i)) },
          { topic: 'demo.shipments-proto', messages: Array.from({ length: 30 }, (_, i) => enc.shipment(i)) },
          { topic: 'demo.users-json', messages: Array.from({ length: 10 }, (_, i) => enc.user(i)) },
        ],
      });
      log(`Created ${missing.map((t) => t.topic).join(', ')} with schemas in the registry.`);
    }
    return enc;
  } finally {
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  }
}

/** Keep writing the registry topics (a payment every 0.5 s, ...) and read payments in a group. Returns stop(). */
export async function runRegistryTraffic(kafka, enc, { log = () => {} } = {}) {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: PAYMENTS_GROUP });
  await Promise.all([producer.connect(), consumer.connect()]);
  let i = 1000;
  const tick = setInterval(() => {
    i++;
    const topicMessages = [{ topic: 'demo.payments-avro', messages: [enc.payment(i)] }];
    if (i % 2 === 0) topicMessages.push({ topic: 'demo.shipments-proto', messages: [enc.shipment(i)] });
    if (i % 10 === 0) topicMessages.push({ topic: 'demo.users-json', messages: [enc.user(i)] });
    producer.sendBatch({ topicMessages }).catch((e) => log(`demo registry producer: ${e.message}`));
  }, 500);
  await consumer.subscribe({ topic: 'demo.payments-avro', fromBeginning: true });
  await consumer.run({ eachMessage: async () => {} });
  return async function stop() {
    clearInterval(tick);
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
  };
}
