import { route } from '@/lib/http/route';
import { alterConfigsSchema, destructiveConfigs } from '@/lib/schemas/configs';
import { requireRole } from '@/lib/http/access';
import { configChanges } from '@/lib/http/guard';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { alterConfigs, getConfigs } from '@/lib/kafka/configs/service';

export const dynamic = 'force-dynamic';

// GET /api/topics/:topic/configs - every config with its value, source, read-only and sensitive flags
export const GET = route({ params: topicParamsSchema }, ({ params }) => getConfigs('topic', params.topic));

// PATCH /api/topics/:topic/configs - { set: { name: value }, reset: [name] }; other configs are left alone
// Configs that can delete data (retention, segments, compaction: DESTRUCTIVE_TOPIC_CONFIGS) need an admin.
export const PATCH = route(
  { params: topicParamsSchema, body: alterConfigsSchema },
  ({ params, body, user }) => {
    const destructive = destructiveConfigs(body);
    if (destructive.length) requireRole(user, 'admin', `changing ${destructive.join(', ')}`);
    return alterConfigs('topic', params.topic, body);
  },
  { audit: ({ body }) => configChanges(body) },
);
