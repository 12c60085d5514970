import { z } from 'zod';
import { route } from '@/lib/http/route';
import { readOne } from '@/lib/kafka/reader/read';
import { topicNameSchema } from '@/lib/schemas/topics';

export const dynamic = 'force-dynamic';

const whole = (what: string) =>
  z.string().regex(/^\d+$/, `${what} must be a whole number of 0 or more.`).transform(Number);

// GET /api/topics/:topic/messages/:partition/:offset - one message, whole (values are not cut)
export const GET = route(
  { params: z.object({ topic: topicNameSchema, partition: whole('partition'), offset: whole('offset') }) },
  ({ params }) => readOne(params.topic, params.partition, params.offset),
);
