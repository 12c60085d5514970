import { z } from 'zod';

/** Where a config's value comes from (DescribeConfigs ConfigSource), in words a user reads. */
export const configSourceSchema = z.enum([
  'topic', // dynamic, set on this topic
  'broker', // dynamic, set on this broker
  'cluster', // dynamic, the cluster-wide broker default
  'static', // server.properties
  'default', // Kafka's built-in default
  'other',
]);
export type ConfigSource = z.infer<typeof configSourceSchema>;

export const configEntrySchema = z.object({
  name: z.string(),
  /** null when Kafka hides it (sensitive) or it has no value. */
  value: z.string().nullable(),
  source: configSourceSchema,
  isDefault: z.boolean(),
  readOnly: z.boolean(),
  sensitive: z.boolean(),
});
export type ConfigEntry = z.infer<typeof configEntrySchema>;

export const configListSchema = z.object({
  resource: z.object({ type: z.enum(['topic', 'broker']), name: z.string() }),
  configs: z.array(configEntrySchema),
});
export type ConfigList = z.infer<typeof configListSchema>;

const configName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Config names are words separated by dots, like retention.ms.');

/**
 * PATCH body: only the named configs change (IncrementalAlterConfigs); `reset` returns a config to the value
 * it inherits (the broker's or Kafka's default).
 */
export const alterConfigsSchema = z
  .object({
    set: z
      .record(configName, z.string().max(100_000, 'A config value is at most 100,000 characters.'))
      .default({}),
    reset: z.array(configName).max(500).default([]),
  })
  .refine((b) => Object.keys(b.set).length + b.reset.length > 0, 'Name at least one config to set or reset.')
  .refine((b) => !b.reset.some((n) => n in b.set), 'A config cannot be set and reset in the same request.');
export type AlterConfigsInput = z.infer<typeof alterConfigsSchema>;

/**
 * Topic configs whose change can delete data (shorter retention, smaller or sooner-rolled segments,
 * compaction, faster tombstone removal): as destructive as deleting records, so they need an admin, like
 * delete-records does. Setting or resetting any of them counts (a reset can shorten retention too).
 */
export const DESTRUCTIVE_TOPIC_CONFIGS = new Set([
  'retention.ms',
  'retention.bytes',
  'local.retention.ms',
  'local.retention.bytes',
  'segment.ms',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'cleanup.policy',
  'delete.retention.ms',
  'min.cleanable.dirty.ratio',
  'max.compaction.lag.ms',
  'min.compaction.lag.ms',
  'file.delete.delay.ms',
  'remote.storage.enable',
  'remote.log.delete.on.disable',
]);

/** The configs of a change that need an admin. */
export const destructiveConfigs = (b: AlterConfigsInput) =>
  [...Object.keys(b.set), ...b.reset].filter((n) => DESTRUCTIVE_TOPIC_CONFIGS.has(n));
