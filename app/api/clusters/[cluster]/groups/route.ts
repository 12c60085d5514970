import { route } from '@/lib/http/route';
import { listGroups, startLagSampler } from '@/lib/kafka/groups/service';
import { listQuerySchema } from '@/lib/schemas/topics';

export const dynamic = 'force-dynamic';

// GET /api/groups[?maxAge=s] - every consumer group with state, members, topics, lag (messages, seconds),
// status, trend; with maxAge, a pass made up to that many seconds ago will do.
export const GET = route({ query: listQuerySchema }, ({ query }) => {
  startLagSampler();
  return listGroups({ maxAgeMs: (query.maxAge ?? 0) * 1000 });
});
