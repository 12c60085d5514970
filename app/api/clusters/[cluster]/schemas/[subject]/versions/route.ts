import { route } from '@/lib/http/route';
import { schemaDraftSchema, subjectParamsSchema } from '@/lib/schemas/registry';
import { registerVersion } from '@/lib/registry/edit';

export const dynamic = 'force-dynamic';

// POST /api/schemas/:subject/versions - register a schema as the subject's next version (409 if incompatible)
export const POST = route({ params: subjectParamsSchema, body: schemaDraftSchema }, ({ params, body }) =>
  registerVersion(params.subject, body),
);
