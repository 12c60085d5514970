import { route } from '@/lib/http/route';
import { subjectNames } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/registry/subjects - the subjects' names only (one registry request; the produce form's picker)
export const GET = route({}, () => subjectNames());
