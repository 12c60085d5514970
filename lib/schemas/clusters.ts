import { z } from 'zod';
import { ROLES } from './roles';

// Clusters: the name is the first segment of every cluster's URL (/c/<name>/..., /api/clusters/<name>/...),
// so it is kept to what needs no escaping there.
export const CLUSTER_NAME_MAX = 63;
export const clusterNameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,62}$/,
    'A cluster name is 1-63 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit.',
  );

/** A broker address as host:port (IPv6 in brackets). */
export const hostPort = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:]+\]:\d{1,5}$/, 'expected host:port')
  .refine((s) => {
    const port = Number(s.slice(s.lastIndexOf(':') + 1));
    return port > 0 && port < 65536;
  }, 'port must be 1-65535');

/** A cluster as the clusters home lists it before asking it anything. */
export const clusterEntrySchema = z.object({
  name: z.string(),
  /** The caller's role on this cluster (null with login off), and whether changes are off there. */
  role: z.enum(ROLES).nullable(),
  readOnly: z.boolean(),
  bootstrap: z.string(),
});
export const clustersSchema = z.object({ clusters: z.array(clusterEntrySchema) });
export type ClustersList = z.infer<typeof clustersSchema>;

/** One cluster's health for the clusters home: what needs attention there. */
export const clusterSummarySchema = z.object({
  brokers: z.number().int(),
  topics: z.number().int(),
  partitions: z.number().int(),
  underReplicated: z.number().int(),
  offline: z.number().int(),
  groups: z.number().int(),
  /** Groups whose lag status is WARN, STALL or STOP. */
  laggingGroups: z.number().int(),
  registry: z.enum(['none', 'up', 'down']),
  kafkaVersion: z.string().nullable(),
});
export type ClusterSummary = z.infer<typeof clusterSummarySchema>;
