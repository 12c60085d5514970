import { route } from '@/lib/http/route';
import { readOnly } from '@/lib/http/guard';

export const dynamic = 'force-dynamic';

// GET /api/settings - what the UI needs to know about this server (read-only mode hides every change)
export const GET = route({}, async () => ({ readOnly: readOnly() }));
