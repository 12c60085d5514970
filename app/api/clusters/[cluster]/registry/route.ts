import { route } from '@/lib/http/route';
import { registryHealth } from '@/lib/registry/subjects';

export const dynamic = 'force-dynamic';

// GET /api/registry - whether a Schema Registry is configured and answers, and how many subjects it has
export const GET = route({}, () => registryHealth());
