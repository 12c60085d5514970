import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GET } from '@/app/api/clusters/[cluster]/cluster/route';
import { BrokerDetail } from '@/components/cluster/broker-detail';
import { clusterKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi } from '@/lib/http/page-data';
import { brokerParamsSchema, clusterOverviewSchema } from '@/lib/schemas/cluster';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('nav');
  return { title: (await pageSignedIn()) ? t('broker', { id: (await params).id }) : t('signIn') };
}

export default async function BrokerPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const parsed = brokerParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  // The cluster as GET /api/cluster answers it (the broker view reads its broker from there), into the
  // browser's cache. A broker the cluster does not have is a real 404; an unreachable cluster is not.
  const r = await fromApi(GET, '/api/cluster', { cluster: (await params).cluster }, clusterOverviewSchema);
  if (r.data && !r.data.brokers.some((b) => b.id === parsed.data.id)) notFound();
  return (
    <HydrationBoundary state={cacheWith([[clusterKeys.overview(), r.data]])}>
      <BrokerDetail id={parsed.data.id} />
    </HydrationBoundary>
  );
}
