import { route } from '@/lib/http/route';
import { deleteOffsetsQuerySchema, groupParamsSchema } from '@/lib/schemas/groups';
import { deleteTopicOffsets } from '@/lib/kafka/groups/actions';

export const dynamic = 'force-dynamic';

// DELETE /api/groups/:group/offsets?topic= - delete the group's committed offsets on one topic (OffsetDelete)
export const DELETE = route(
  { params: groupParamsSchema, query: deleteOffsetsQuerySchema },
  ({ params, query }) => deleteTopicOffsets(params.group, query.topic),
  { access: 'admin' },
);
