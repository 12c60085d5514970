import { z } from 'zod';

// Share groups (KIP-932). Progress is a share-partition start offset (SPSO), not a committed offset.

export const shareGroupSummarySchema = z.object({
  groupId: z.string(),
  /** Kafka's state name (Empty, Stable, Dead) */
  state: z.string(),
  coordinator: z.number().int(),
  members: z.number().int(),
  topics: z.array(z.string()),
  partitions: z.number().int(),
  /** records not yet acknowledged, summed over the share-partitions */
  lag: z.number(),
});

export const shareGroupListSchema = z.object({
  /** false: the cluster has no share groups (older Kafka, share.version off); `reason` says why */
  supported: z.boolean(),
  reason: z.string().nullable(),
  groups: z.array(shareGroupSummarySchema),
});

export const sharePartitionSchema = z.object({
  topic: z.string(),
  partition: z.number().int(),
  /** share-partition start offset; null before the group has read the partition */
  startOffset: z.number().nullable(),
  end: z.number().nullable(),
  lag: z.number().nullable(),
  /** "broker": the lag Kafka reports (4.2+); "end-minus-start": end - SPSO, an upper bound (4.1) */
  lagSource: z.enum(['broker', 'end-minus-start']),
  /** client ids of the members assigned this partition (several at once: that is what a share group does) */
  consumers: z.array(z.string()),
});

export const shareGroupDetailSchema = shareGroupSummarySchema.extend({
  assignor: z.string().nullable(),
  memberList: z.array(
    z.object({
      memberId: z.string(),
      clientId: z.string(),
      host: z.string(),
      rack: z.string().nullable(),
      subscribedTopics: z.array(z.string()),
      assignment: z.array(z.object({ topic: z.string(), partitions: z.array(z.number().int()) })),
    }),
  ),
  partitionList: z.array(sharePartitionSchema),
});
