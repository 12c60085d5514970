import { route } from '@/lib/http/route';
import { alterConfigsSchema } from '@/lib/schemas/configs';
import { configChanges } from '@/lib/http/guard';
import { brokerParamsSchema } from '@/lib/schemas/cluster';
import { alterConfigs, getConfigs } from '@/lib/kafka/configs/service';

export const dynamic = 'force-dynamic';

// GET /api/brokers/:id/configs - the broker's configs (value, source, read-only, sensitive masked)
export const GET = route({ params: brokerParamsSchema }, ({ params }) =>
  getConfigs('broker', String(params.id)),
);

// PATCH /api/brokers/:id/configs - change this broker's dynamic configs only
export const PATCH = route(
  { params: brokerParamsSchema, body: alterConfigsSchema },
  ({ params, body }) => alterConfigs('broker', String(params.id), body),
  { access: 'admin', audit: ({ body }) => configChanges(body) },
);
