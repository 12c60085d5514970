import type { z } from 'zod';
import type { apiErrorSchema } from '@/lib/schemas/error';
import type { brokerSchema, clusterOverviewSchema, healthSchema } from '@/lib/schemas/cluster';

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type Broker = z.infer<typeof brokerSchema>;
export type ClusterOverview = z.infer<typeof clusterOverviewSchema>;
export type Health = z.infer<typeof healthSchema>;

import type {
  topicDetailSchema,
  topicListSchema,
  topicSummarySchema,
  partitionSchema,
  firstScreenSchema,
} from '@/lib/schemas/topics';
export type TopicSummary = z.infer<typeof topicSummarySchema>;
export type TopicList = z.infer<typeof topicListSchema>;
export type FirstScreen = z.infer<typeof firstScreenSchema>;
export type TopicDetail = z.infer<typeof topicDetailSchema>;
export type PartitionInfo = z.infer<typeof partitionSchema>;

import type {
  groupDetailSchema,
  groupEventSchema,
  groupHistorySchema,
  groupListSchema,
  groupSummarySchema,
  resetOffsetsSchema,
  resetResultSchema,
} from '@/lib/schemas/groups';
export type GroupSummary = z.infer<typeof groupSummarySchema>;
export type GroupList = z.infer<typeof groupListSchema>;
export type GroupDetail = z.infer<typeof groupDetailSchema>;
export type GroupHistory = z.infer<typeof groupHistorySchema>;
export type GroupEvent = z.infer<typeof groupEventSchema>;
export type ResetOffsetsBody = z.input<typeof resetOffsetsSchema>;
export type ResetResult = z.infer<typeof resetResultSchema>;

import type {
  shareGroupDetailSchema,
  shareGroupListSchema,
  shareGroupSummarySchema,
} from '@/lib/schemas/share-groups';
export type ShareGroupSummary = z.infer<typeof shareGroupSummarySchema>;
export type ShareGroupList = z.infer<typeof shareGroupListSchema>;
export type ShareGroupDetail = z.infer<typeof shareGroupDetailSchema>;
