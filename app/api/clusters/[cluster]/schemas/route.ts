import { route } from '@/lib/http/route';
import { listSubjects } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/schemas - the registry's subjects with their latest version, and its compatibility level
export const GET = route({}, () => listSubjects());
