import { route } from '@/lib/http/route';
import { groupParamsSchema, resetOffsetsSchema } from '@/lib/schemas/groups';
import { resetOffsets } from '@/lib/kafka/groups/actions';

export const dynamic = 'force-dynamic';

// POST /api/groups/:group/reset-offsets - preview ({ apply: false }) or apply a reset; empty groups only
export const POST = route(
  { params: groupParamsSchema, body: resetOffsetsSchema },
  ({ params, body }) => resetOffsets(params.group, body),
  { audit: ({ body }) => body },
);
