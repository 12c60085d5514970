import { route } from '@/lib/http/route';
import { getHealth } from '@/lib/kafka/cluster/service';
import { startLagSampler } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/health - 200 when the cluster answers, 503 with the reason when it does not
// Every open page polls this, so it also starts the lag history's sampler (idempotent).
export const GET = route({}, () => {
  startLagSampler();
  return getHealth();
});
