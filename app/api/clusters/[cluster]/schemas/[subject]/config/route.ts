import { route } from '@/lib/http/route';
import { compatibilityBodySchema, subjectParamsSchema } from '@/lib/schemas/registry';
import { setCompatibility } from '@/lib/registry/edit';

export const dynamic = 'force-dynamic';

// PUT /api/schemas/:subject/config - the subject's compatibility level (null: follow the registry's)
export const PUT = route(
  { params: subjectParamsSchema, body: compatibilityBodySchema },
  ({ params, body }) => setCompatibility(params.subject, body.compatibility),
  { audit: ({ body }) => ({ compatibility: body.compatibility }) },
);
