import { route } from '@/lib/http/route';
import { groupParamsSchema } from '@/lib/schemas/groups';
import { getShareGroup } from '@/lib/kafka/groups/share';

export const dynamic = 'force-dynamic';

// GET /api/share-groups/:group - members and assignments, start offset, end and lag per share-partition
export const GET = route({ params: groupParamsSchema }, ({ params }) => getShareGroup(params.group));
