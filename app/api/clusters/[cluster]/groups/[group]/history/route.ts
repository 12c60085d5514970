import { route } from '@/lib/http/route';
import { groupParamsSchema } from '@/lib/schemas/groups';
import { groupHistory } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/groups/:group/history - lag over time (messages and seconds), for the group and per topic
export const GET = route({ params: groupParamsSchema }, ({ params }) => groupHistory(params.group));
