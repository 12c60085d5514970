import { route } from '@/lib/http/route';
import { subjectParamsSchema } from '@/lib/schemas/registry';
import { getSubject } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/schemas/:subject - every version of a subject with its schema text, and its compatibility level
export const GET = route({ params: subjectParamsSchema }, ({ params }) => getSubject(params.subject));
