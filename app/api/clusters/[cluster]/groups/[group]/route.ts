import { route } from '@/lib/http/route';
import { groupParamsSchema } from '@/lib/schemas/groups';
import { groupDetail, startLagSampler } from '@/lib/kafka/groups/service';
import { deleteGroup } from '@/lib/kafka/groups/actions';

export const dynamic = 'force-dynamic';

// GET /api/groups/:group - members, assignments, and per partition committed/end offsets, lag, rates, status
export const GET = route({ params: groupParamsSchema }, ({ params }) => {
  startLagSampler();
  return groupDetail(params.group);
});

// DELETE /api/groups/:group - delete an empty group (409 while it has members)
export const DELETE = route({ params: groupParamsSchema }, ({ params }) => deleteGroup(params.group), {
  access: 'admin',
});
