import { route } from '@/lib/http/route';
import { listShareGroups } from '@/lib/kafka/groups/share';

export const dynamic = 'force-dynamic';

// GET /api/share-groups - every share group (KIP-932) with state, members, topics and lag; on a cluster
// without share groups, supported: false and the reason
export const GET = route({}, () => listShareGroups());
