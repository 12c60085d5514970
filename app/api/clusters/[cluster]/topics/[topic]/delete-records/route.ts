import { route } from '@/lib/http/route';
import { deleteRecordsSchema, topicParamsSchema } from '@/lib/schemas/topics';
import { deleteRecords } from '@/lib/kafka/topics/actions';

export const dynamic = 'force-dynamic';

// POST /api/topics/:topic/delete-records - { partition?, before? }: delete records below an offset
// (default: everything) in one partition (default: all)
export const POST = route(
  { params: topicParamsSchema, body: deleteRecordsSchema },
  ({ params, body }) => deleteRecords(params.topic, body),
  { access: 'admin', audit: ({ body }) => body },
);
