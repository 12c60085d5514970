import { route } from '@/lib/http/route';
import { addPartitionsSchema, topicParamsSchema } from '@/lib/schemas/topics';
import { addPartitions } from '@/lib/kafka/topics/actions';

export const dynamic = 'force-dynamic';

// POST /api/topics/:topic/partitions - { count }: raise the partition count (Kafka cannot lower it)
export const POST = route(
  { params: topicParamsSchema, body: addPartitionsSchema },
  ({ params, body }) => addPartitions(params.topic, body.count),
  { audit: ({ body }) => body },
);
