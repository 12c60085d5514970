import { z } from 'zod';
import { ROLES } from './roles';

export const brokerSchema = z.object({
  id: z.number().int(),
  host: z.string(),
  port: z.number().int(),
  rack: z.string().nullable(),
  isController: z.boolean(),
  /** Partitions this broker leads and replicas it hosts (from metadata). */
  leaderCount: z.number().int(),
  replicaCount: z.number().int(),
});

export const clusterOverviewSchema = z.object({
  clusterId: z.string(),
  bootstrap: z.string(),
  /** How Kafscope connects: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, with the mechanism and user. */
  security: z.string(),
  /** The same, as fields: what the command lines the console shows need (never a password). */
  connection: z.object({
    protocol: z.enum(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL']),
    saslMechanism: z.string().nullable(),
    saslUser: z.string().nullable(),
  }),
  /**
   * The active controller: the KRaft quorum leader from DescribeQuorum; where the broker has no quorum to
   * describe (ZooKeeper mode, some Kafka-compatible brokers), the controller Metadata names; null when unknown.
   */
  controller: z.object({
    id: z.number().int().nullable(),
    source: z.enum(['quorum', 'metadata', 'unknown']),
    voters: z.array(z.number().int()),
  }),
  kafkaVersion: z.object({ label: z.string(), source: z.literal('api-versions') }).nullable(),
  /** What this broker lacks (decided from ApiVersions), and what the console does instead. */
  features: z.object({
    missing: z.array(z.object({ feature: z.string(), label: z.string(), reason: z.string() })),
  }),
  brokers: z.array(brokerSchema),
  topics: z.object({ total: z.number().int(), internal: z.number().int() }),
  partitions: z.object({
    total: z.number().int(),
    underReplicated: z.number().int(),
    offline: z.number().int(),
  }),
  consumerGroups: z.number().int(),
  fetchedAt: z.string(),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  brokers: z.number().int(),
  latencyMs: z.number(),
});

export const brokerParamsSchema = z.object({
  id: z.coerce
    .number({ message: 'A broker id is a number.' })
    .int('A broker id is a whole number.')
    .min(0, 'Broker ids are not negative.')
    .max(2 ** 31 - 1, 'Broker id out of range.'),
});

export const settingsSchema = z.object({
  readOnly: z.boolean(),
  auth: z.object({
    mode: z.enum(['login', 'off']),
    user: z.object({ username: z.string(), role: z.enum(ROLES) }).nullable(),
  }),
  /** The clusters the caller may see: their role there (null with login off) and its read-only flag. */
  clusters: z.array(
    z.object({ name: z.string(), readOnly: z.boolean(), role: z.enum([...ROLES, 'none']).nullable() }),
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
