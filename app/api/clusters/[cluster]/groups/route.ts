import { route } from '@/lib/http/route';
import { listGroups, startLagSampler } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/groups - every consumer group with state, members, topics, lag (messages, seconds), status, trend
export const GET = route({}, () => {
  startLagSampler();
  return listGroups();
});
