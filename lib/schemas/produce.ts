import { z } from 'zod';

// POST /api/topics/:topic/produce. Shared by the form (browser checks) and the route (the same checks again).

export const PRODUCE_MAX_COUNT = 1000;
export const HEADERS_MAX = 64;
export const HEADER_KEY_MAX = 256;
export const HEADER_VALUE_MAX = 16 * 1024;
export const COMPRESSIONS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/** JSON encoded with a Schema Registry schema (Avro, Protobuf, JSON Schema) and framed in the wire format. */
const schemaInput = z.object({
  type: z.literal('schema'),
  text: z.string(),
  subject: z.string().min(1, 'Choose a subject.').max(1000),
  /** null: the latest version. */
  version: z.number().int().min(1).nullable().default(null),
  /** Protobuf: the message type (full name); default the file's first. */
  messageType: z.string().max(500).optional(),
});

export const keyInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('json'), text: z.string() }),
  schemaInput,
]);

export const valueInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('json'), text: z.string() }),
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('base64'), text: z.string() }),
  /** A null value: on a compacted topic, deletes the key. */
  z.object({ type: z.literal('tombstone') }),
  schemaInput,
]);

export const headerInputSchema = z.object({
  key: z
    .string()
    .min(1, 'A header needs a name.')
    .max(HEADER_KEY_MAX, `Header names are at most ${HEADER_KEY_MAX} characters.`),
  value: z.string().max(HEADER_VALUE_MAX, `Header values are at most ${HEADER_VALUE_MAX / 1024} KB.`),
});

export const produceSchema = z.object({
  /** null: chosen by the key (murmur2, as Java's client does), round-robin without a key. */
  partition: z.number().int().min(0, 'Partitions start at 0.').nullable().default(null),
  key: keyInputSchema.default({ type: 'none' }),
  value: valueInputSchema,
  headers: z
    .array(headerInputSchema)
    .max(HEADERS_MAX, `At most ${HEADERS_MAX} headers per message.`)
    .default([]),
  compression: z.enum(COMPRESSIONS).default('none'),
  count: z
    .number()
    .int()
    .min(1, 'Send at least one message.')
    .max(PRODUCE_MAX_COUNT, `At most ${PRODUCE_MAX_COUNT} messages per request.`)
    .default(1),
});
export type ProduceInput = z.input<typeof produceSchema>;
export type ProduceRequest = z.output<typeof produceSchema>;

export const produceResultSchema = z.object({
  topic: z.string(),
  requested: z.number().int(),
  /** Every message Kafka acknowledged (acks=all), in the order they were asked for. */
  written: z.array(z.object({ index: z.number().int(), partition: z.number().int(), offset: z.number() })),
  /** Every message that was not written, and why. */
  failed: z.array(z.object({ index: z.number().int(), partition: z.number().int(), error: z.string() })),
});
export type ProduceResult = z.infer<typeof produceResultSchema>;
