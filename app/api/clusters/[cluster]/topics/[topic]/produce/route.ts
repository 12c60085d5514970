import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { topicParamsSchema } from '@/lib/schemas/topics';
import { produceSchema } from '@/lib/schemas/produce';
import { produce } from '@/lib/kafka/produce/service';

export const dynamic = 'force-dynamic';

// POST /api/topics/:topic/produce - { partition, key, value, headers, compression, count }
// 200: every message written; 207: some written, some not (both listed); 4xx/503: none written.
export const POST = route(
  { params: topicParamsSchema, body: produceSchema },
  async ({ params, body }) => {
    const result = await produce(params.topic, body);
    return NextResponse.json(result, {
      status: result.failed.length ? 207 : 200,
      headers: { 'Cache-Control': 'no-store' },
    });
  },
  {
    // What was asked for, not the message contents.
    audit: ({ body }) => ({ count: body.count, partition: body.partition, compression: body.compression }),
  },
);
