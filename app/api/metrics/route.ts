import { route } from '@/lib/http/route';
import { renderMetrics } from '@/lib/kafka/metrics';
import { visibleClusters } from '@/lib/http/access';

export const dynamic = 'force-dynamic';

// GET /api/metrics - Prometheus text format: consumer lag in messages and seconds per cluster, group, topic
// and partition, for every cluster the caller may see (each series has a `cluster` label)
export const GET = route(
  {},
  async ({ user }) => {
    const { body, contentType } = await renderMetrics(visibleClusters(user));
    return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } });
  },
  { metricsToken: true },
); // with login on: a viewer session, or "Authorization: Bearer $KAFSCOPE_METRICS_TOKEN"
