import { route } from '@/lib/http/route';
import { createTopicSchema, listQuerySchema } from '@/lib/schemas/topics';
import { createTopic } from '@/lib/kafka/topics/actions';
import { listTopics } from '@/lib/kafka/topics/list';

export const dynamic = 'force-dynamic';

// GET /api/topics[?maxAge=s] - every topic with partitions, RF, under-replicated, messages, size, cleanup
// policy; with maxAge, a list computed up to that many seconds ago will do.
export const GET = route({ query: listQuerySchema }, ({ query }) =>
  listTopics({ maxAgeMs: (query.maxAge ?? 0) * 1000 }),
);

// POST /api/topics - create a topic; Kafka's reason is returned when it refuses
export const POST = route({ body: createTopicSchema }, ({ body }) => createTopic(body), {
  audit: ({ body }) => body,
});
