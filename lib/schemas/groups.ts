import { z } from 'zod';
import { firstScreenSchema } from './topics';

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

export const lagStatusSchema = z.enum(['OK', 'UNKNOWN', 'WARN', 'REWIND', 'STALL', 'STOP']);

/**
 * Where the lag history stands: since when it reaches back, and where it comes from: the topic it is shared
 * through (null: this server's memory only), and whether this instance samples (leader), follows another
 * one (follower), is still joining (starting) or keeps its own (local, with the reason in the note).
 */
const historyInfo = {
  historySince: z.number().nullable(),
  sampleIntervalMs: z.number(),
  historyTopic: z.string().nullable().optional(),
  historyRole: z.enum(['local', 'starting', 'leader', 'follower']).optional(),
  historyNote: z.string().nullable().optional(),
};

export const groupSummarySchema = z.object({
  groupId: z.string(),
  /** Kafka's state name (Stable, Empty, PreparingRebalance, ...; lower case on the new protocol: stable). */
  state: z.string(),
  /** "classic" or "consumer" (KIP-848); other group types as Kafka names them. */
  protocol: z.string(),
  coordinator: z.number().int(),
  members: z.number().int(),
  topics: z.array(z.string()),
  partitions: z.number().int(),
  lag: z.number(),
  lagSeconds: z.number().nullable(),
  lagSecondsEstimated: z.boolean(),
  status: lagStatusSchema,
  /** Total lag at the last samples, oldest first. */
  trend: z.array(z.number()),
});

export const groupListSchema = z.object({
  groups: z.array(groupSummarySchema),
  ...historyInfo,
  firstScreen: firstScreenSchema.optional(),
});

const partitionLagSchema = z.object({
  partition: z.number().int(),
  /** null: the partition is assigned but the group has committed nothing there yet. */
  committed: z.number().nullable(),
  end: z.number(),
  lag: z.number().nullable(),
  lagSeconds: z.number().nullable(),
  lagSecondsEstimated: z.boolean(),
  consumeRate: z.number().nullable(),
  produceRate: z.number().nullable(),
  /** seconds; "never" when consumption is not faster than production; null when unknown */
  catchUpSeconds: z.union([z.number(), z.literal('never')]).nullable(),
  status: lagStatusSchema,
  owner: z.object({ memberId: z.string(), clientId: z.string() }).nullable(),
});

export const groupTopicSchema = z.object({
  topic: z.string(),
  lag: z.number(),
  lagSeconds: z.number().nullable(),
  consumeRate: z.number().nullable(),
  produceRate: z.number().nullable(),
  status: lagStatusSchema,
  partitions: z.array(partitionLagSchema),
});

export const groupMemberSchema = z.object({
  memberId: z.string(),
  clientId: z.string(),
  host: z.string(),
  instanceId: z.string().nullable(),
  assignment: z.array(z.object({ topic: z.string(), partitions: z.array(z.number().int()) })),
});

const topicPartitions = z.object({ topic: z.string(), partitions: z.array(z.number().int()) });
const who = { memberId: z.string(), clientId: z.string(), host: z.string() };
/** One change in a group's membership or assignment, as the server saw it (lib/kafka/groups/rebalances.ts). */
export const groupEventSchema = z.discriminatedUnion('kind', [
  z.object({ t: z.number(), kind: z.literal('observed'), state: z.string(), members: z.number().int() }),
  z.object({ t: z.number(), kind: z.literal('state'), from: z.string(), to: z.string() }),
  z.object({ t: z.number(), kind: z.literal('joined'), ...who }),
  z.object({ t: z.number(), kind: z.literal('left'), ...who }),
  z.object({
    t: z.number(),
    kind: z.literal('rebalanced'),
    /** counted by this server since it first saw the group */
    rebalance: z.number().int(),
    assignment: z.array(
      z.object({ memberId: z.string(), clientId: z.string(), assignment: z.array(topicPartitions) }),
    ),
  }),
]);
export type GroupEvent = z.infer<typeof groupEventSchema>;

export const groupDetailSchema = z.object({
  groupId: z.string(),
  state: z.string(),
  protocol: z.string(),
  /** the partition assignor (classic: the protocol name, e.g. "range"; new protocol: "uniform") */
  assignor: z.string().nullable(),
  coordinator: z.number().int(),
  members: z.array(groupMemberSchema),
  lag: z.number(),
  lagSeconds: z.number().nullable(),
  status: lagStatusSchema,
  topics: z.array(groupTopicSchema),
  /** membership and assignment changes, oldest first */
  events: z.array(groupEventSchema),
  ...historyInfo,
});

export const lagPointSchema = z.object({ t: z.number(), lag: z.number(), seconds: z.number().nullable() });
export const groupHistorySchema = z.object({
  groupId: z.string(),
  series: z.array(z.object({ topic: z.string().nullable(), points: z.array(lagPointSchema) })),
  ...historyInfo,
});

export const groupParamsSchema = z.object({
  group: z.string().min(1, 'The group id is empty.').max(2000, 'The group id is over 2,000 characters.'),
});

const offsetNumber = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
// Strict: an unknown field (say "topics" for "topic") is a 400, not a reset of every topic.
export const resetOffsetsSchema = z
  .strictObject({
    /** one topic; all the group's topics when left out */
    topic: z.string().min(1).optional(),
    /** some partitions of that topic; all when left out */
    partitions: z.array(z.number().int().min(0)).min(1).max(100_000).optional(),
    to: z.enum(['earliest', 'latest', 'timestamp', 'offset', 'shift']),
    timestamp: z.number().int().min(0).optional(),
    offset: offsetNumber.optional(),
    shift: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).optional(),
    /** false (the default) only previews */
    apply: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    const need = (field: 'timestamp' | 'offset' | 'shift') => {
      if (b[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `required with to=${b.to}` });
    };
    if (b.to === 'timestamp') need('timestamp');
    if (b.to === 'offset') need('offset');
    if (b.to === 'shift') need('shift');
    if (b.partitions && !b.topic)
      ctx.addIssue({ code: 'custom', path: ['partitions'], message: 'partitions need a topic' });
  });
export type ResetOffsetsInput = z.infer<typeof resetOffsetsSchema>;

export const resetResultSchema = z.object({
  groupId: z.string(),
  applied: z.boolean(),
  /** why it cannot be applied now (e.g. the group has members); null when it can */
  blocked: z.string().nullable(),
  partitions: z.array(
    z.object({
      topic: z.string(),
      partition: z.number().int(),
      current: z.number().nullable(),
      target: z.number(),
      low: z.number(),
      end: z.number(),
      lagAfter: z.number(),
      /** the asked-for offset was outside [low, end] and was moved to the nearest end */
      clamped: z.boolean(),
    }),
  ),
});

export const deleteOffsetsQuerySchema = z.object({ topic: z.string().min(1, 'Name the topic.') });
