import { route } from '@/lib/http/route';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { topicSubjects } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/topics/:topic/schemas - the topic's key and value subjects in the Schema Registry
export const GET = route({ params: topicParamsSchema }, ({ params }) => topicSubjects(params.topic));
