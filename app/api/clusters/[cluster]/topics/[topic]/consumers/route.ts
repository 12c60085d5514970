import { route } from '@/lib/http/route';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { topicConsumers } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/topics/:topic/consumers - groups with committed offsets on this topic, with lag per partition
export const GET = route({ params: topicParamsSchema }, ({ params }) => topicConsumers(params.topic));
