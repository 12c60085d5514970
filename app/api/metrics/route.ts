import { route } from '@/lib/http/route';
import { renderMetrics } from '@/lib/kafka/metrics';
import { startLagSampler } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

// GET /api/metrics - Prometheus text format: consumer lag in messages and seconds per group/topic/partition
export const GET = route(
  {},
  async () => {
    startLagSampler();
    const { body, contentType } = await renderMetrics();
    return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } });
  },
  { metricsToken: true },
); // with login on: a viewer session, or "Authorization: Bearer $KAFSCOPE_METRICS_TOKEN"
