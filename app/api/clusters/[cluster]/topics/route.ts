import { route } from '@/lib/http/route';
import { createTopicSchema } from '@/lib/schemas/topics';
import { createTopic } from '@/lib/kafka/topics/actions';
import { listTopics } from '@/lib/kafka/topics/list';

export const dynamic = 'force-dynamic';

// GET /api/topics - every topic with partitions, RF, under-replicated, messages, size, cleanup policy
export const GET = route({}, () => listTopics());

// POST /api/topics - create a topic; Kafka's reason is returned when it refuses
export const POST = route({ body: createTopicSchema }, ({ body }) => createTopic(body), {
  audit: ({ body }) => body,
});
