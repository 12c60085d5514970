import { z } from 'zod';

export const topicConsumersSchema = z.object({
  topic: z.string(),
  groups: z.array(
    z.object({
      groupId: z.string(),
      /** DescribeGroups state; "Unknown" when Kafka could not say (e.g. groups on the new protocol). */
      state: z.string(),
      members: z.number().int().nullable(),
      lag: z.number(),
      partitions: z.array(
        z.object({ partition: z.number().int(), committed: z.number(), end: z.number(), lag: z.number() }),
      ),
    }),
  ),
});
export type TopicConsumers = z.infer<typeof topicConsumersSchema>;
