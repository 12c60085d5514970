import { route } from '@/lib/http/route';
import { schemaDraftSchema, subjectParamsSchema } from '@/lib/schemas/registry';
import { checkCompatibility } from '@/lib/registry/edit';

export const dynamic = 'force-dynamic';

// POST /api/schemas/:subject/check - would the registry accept this draft under the subject's level?
export const POST = route({ params: subjectParamsSchema, body: schemaDraftSchema }, ({ params, body }) =>
  checkCompatibility(params.subject, body),
);
