import { route } from '@/lib/http/route';
import { deleteQuerySchema, subjectParamsSchema } from '@/lib/schemas/registry';
import { deleteSchema } from '@/lib/registry/edit';
import { getSubject } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/schemas/:subject - every version with its schema text, referrers, compatibility level and mode
export const GET = route({ params: subjectParamsSchema }, ({ params }) => getSubject(params.subject));

// DELETE /api/schemas/:subject?permanent=true - delete every version (soft; permanent: for good)
export const DELETE = route(
  { params: subjectParamsSchema, query: deleteQuerySchema },
  ({ params, query }) => deleteSchema(params.subject, null, query.permanent),
  { access: 'admin', audit: ({ query }) => ({ permanent: query.permanent }) },
);
