import { route } from '@/lib/http/route';
import { getOverview } from '@/lib/kafka/cluster/service';

export const dynamic = 'force-dynamic';

// GET /api/cluster - cluster id, brokers, controller, version, topic/partition/group counts, health
export const GET = route({}, () => getOverview());
