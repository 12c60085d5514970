import { route } from '@/lib/http/route';
import { deleteQuerySchema, subjectVersionParamsSchema } from '@/lib/schemas/registry';
import { deleteSchema } from '@/lib/registry/edit';

export const dynamic = 'force-dynamic';

// DELETE /api/schemas/:subject/versions/:version?permanent=true - delete one version (soft; permanent: for good)
export const DELETE = route(
  { params: subjectVersionParamsSchema, query: deleteQuerySchema },
  ({ params, query }) => deleteSchema(params.subject, params.version, query.permanent),
  { access: 'admin', audit: ({ query }) => ({ permanent: query.permanent }) },
);
