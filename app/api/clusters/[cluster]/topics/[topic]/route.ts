import { route } from '@/lib/http/route';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { deleteTopic } from '@/lib/kafka/topics/actions';
import { getTopic } from '@/lib/kafka/topics/list';

export const dynamic = 'force-dynamic';

// GET /api/topics/:topic - the topic with per-partition leader, replicas, ISR, watermarks and size
export const GET = route({ params: topicParamsSchema }, ({ params }) => getTopic(params.topic));

// DELETE /api/topics/:topic - delete a topic (internal topics are refused)
export const DELETE = route({ params: topicParamsSchema }, ({ params }) => deleteTopic(params.topic), {
  access: 'admin',
});
