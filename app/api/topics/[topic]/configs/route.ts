import { route } from '@/lib/http/route';
import { alterConfigsSchema } from '@/lib/schemas/configs';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { alterConfigs, getConfigs } from '@/lib/kafka/configs-service';

export const dynamic = 'force-dynamic';

// GET /api/topics/:topic/configs - every config with its value, source, read-only and sensitive flags
export const GET = route({ params: topicParamsSchema }, ({ params }) => getConfigs('topic', params.topic));

// PATCH /api/topics/:topic/configs - { set: { name: value }, reset: [name] }; other configs are left alone
export const PATCH = route({ params: topicParamsSchema, body: alterConfigsSchema }, ({ params, body }) =>
  alterConfigs('topic', params.topic, body),
);
