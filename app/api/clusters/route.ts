import { route } from '@/lib/http/route';
import { authConfig } from '@/lib/auth/config';
import { roleIn, visibleClusters } from '@/lib/http/access';

export const dynamic = 'force-dynamic';

// GET /api/clusters - the clusters the caller may see, from the server's config (no cluster is asked
// anything: each one's health is GET /api/clusters/:cluster/summary)
export const GET = route({}, async ({ user }) => ({
  clusters: visibleClusters(user).map((c) => ({
    name: c.name,
    role: user && authConfig().mode === 'login' ? roleIn(c, user) : null,
    readOnly: c.readOnly,
    bootstrap: bootstrapOf(c),
  })),
}));

function bootstrapOf(c: { kafka: () => { brokers: string[] } }) {
  try {
    return c.kafka().brokers.join(',');
  } catch {
    return '';
  }
}
