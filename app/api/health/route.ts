import { route } from '@/lib/http/route';
import { getHealth } from '@/lib/kafka/cluster-service';

export const dynamic = 'force-dynamic';

// GET /api/health - 200 when the cluster answers, 503 with the reason when it does not
export const GET = route({}, () => getHealth());
