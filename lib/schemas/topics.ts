import { z } from 'zod';

// Kafka's own rule (org.apache.kafka.common.internals.Topic): [a-zA-Z0-9._-], 1-249 chars, not "." or "..".
export const TOPIC_NAME_MAX = 249;
export const topicNameSchema = z
  .string()
  .min(1, 'Topic name is required.')
  .max(TOPIC_NAME_MAX, `Topic names are at most ${TOPIC_NAME_MAX} characters.`)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Topic names may contain only letters, digits, ".", "_" and "-".')
  .refine((s) => s !== '.' && s !== '..', 'A topic cannot be named "." or "..".');

/** Kafka warns when a name mixes "." and "_": they collide in metric names. */
export const collidesInMetrics = (name: string) => name.includes('.') && name.includes('_');

export const topicParamsSchema = z.object({ topic: topicNameSchema });

export const topicSummarySchema = z.object({
  name: z.string(),
  internal: z.boolean(),
  partitions: z.number().int(),
  replicationFactor: z.number().int(),
  underReplicated: z.number().int(),
  offline: z.number().int(),
  /** Sum of (high - low watermark); an estimate on compacted topics. */
  messages: z.number(),
  messagesEstimate: z.boolean(),
  /** Bytes of one copy of the data (largest replica per partition), null when log dirs were unavailable. */
  sizeBytes: z.number().nullable(),
  cleanupPolicy: z.string(),
  /** Groups with committed offsets on the topic and their total lag, as of the lag history's last sample
   * (null before the first sample). */
  consumerGroups: z.number().int().nullable(),
  consumerLag: z.number().nullable(),
});

/**
 * Set when a page was sent only the first screen of a long list (lib/list-views.ts): `total` rows are in
 * the list as the page's URL views it (and `lagging` of them lag, for groups); the browser fetches the rest.
 */
export const firstScreenSchema = z.object({ total: z.number().int(), lagging: z.number().int().optional() });

export const topicListSchema = z.object({
  topics: z.array(topicSummarySchema),
  brokers: z.number().int(),
  sizesAvailable: z.boolean(),
  firstScreen: firstScreenSchema.optional(),
});

/** `?maxAge=` seconds: a list computed this recently will do (the browser's fetch of a first screen's rest). */
export const listQuerySchema = z.object({
  maxAge: z.coerce
    .number()
    .int('maxAge is whole seconds.')
    .min(0, 'maxAge is 0 to 30 seconds.')
    .max(30, 'maxAge is 0 to 30 seconds.')
    .optional(),
});

export const partitionSchema = z.object({
  partition: z.number().int(),
  leader: z.number().int(),
  replicas: z.array(z.number().int()),
  isr: z.array(z.number().int()),
  offlineReplicas: z.array(z.number().int()),
  low: z.number(),
  high: z.number(),
  messages: z.number(),
  sizeBytes: z.number().nullable(),
});

export const topicDetailSchema = topicSummarySchema.extend({
  partitionList: z.array(partitionSchema),
});

const configKey = z.string().regex(/^[a-z0-9._-]+$/, 'Config names are lower-case words separated by dots.');
export const createTopicSchema = z.object({
  name: topicNameSchema,
  // Plain numbers, no coercion: "2" or true in a JSON body is a 400, as in every other route.
  partitions: z
    .number({ message: 'Partitions must be a number.' })
    .int('Partitions must be a whole number.')
    .min(1, 'A topic needs at least 1 partition.')
    .max(10_000, 'At most 10,000 partitions per topic.'),
  replicationFactor: z
    .number({ message: 'Replication factor must be a number.' })
    .int('Replication factor must be a whole number.')
    .min(1, 'Replication factor must be at least 1.')
    .max(32, 'Replication factor above 32 is not sensible.'),
  configs: z.record(configKey, z.string().max(10_000)).default({}),
});

export type CreateTopicInput = z.infer<typeof createTopicSchema>;

export const addPartitionsSchema = z.object({
  count: z
    .number({ message: 'The new partition count must be a number.' })
    .int('The new partition count must be a whole number.')
    .min(1, 'The new partition count must be at least 1.')
    .max(10_000, 'At most 10,000 partitions per topic.'),
});

const offsetSchema = z
  .number({ message: 'The offset must be a number.' })
  .int('The offset must be a whole number.')
  .min(0, 'The offset cannot be negative.')
  .max(Number.MAX_SAFE_INTEGER, 'The offset is too large.');

/** Delete records: one partition or all (partition omitted), below an offset or everything (before omitted). */
// Strict: an unknown field (say "partitions" for "partition") is a 400, not a delete of every partition.
export const deleteRecordsSchema = z.strictObject({
  partition: z
    .number({ message: 'The partition must be a number.' })
    .int('The partition must be a whole number.')
    .min(0, 'Partitions start at 0.')
    .optional(),
  before: offsetSchema.optional(),
});
export const deleteRecordsResultSchema = z.object({
  topic: topicDetailSchema,
  deleted: z.array(z.object({ partition: z.number(), before: z.number(), records: z.number() })),
});
