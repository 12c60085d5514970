'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/layout/page-header';
import { ConfigTable } from '@/components/configs/config-table';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { formatNumber } from '@/lib/format';

export function BrokerDetail({ id }: { id: number }) {
  const q = useClusterOverviewQuery();
  const b = q.data?.brokers.find((x) => x.id === id);
  const t = useTranslations('brokers');
  return (
    <>
      <div className="mb-1 text-sm">
        <Link href="/brokers" className="text-zinc-500 hover:underline dark:text-zinc-400">
          {t('title')}
        </Link>
      </div>
      <PageHeader
        title={t('brokerTitle', { id })}
        back={{ href: '/brokers', label: t('title') }}
        description={
          b && (
            <span className="flex items-center gap-2">
              <span className="font-mono">
                {b.host}:{b.port}
              </span>
              {b.rack && <span>{t('rackName', { rack: b.rack })}</span>}
              {b.isController && <Badge tone="info">{t('activeController')}</Badge>}
              <span>
                {t('leads', { leaders: formatNumber(b.leaderCount), replicas: formatNumber(b.replicaCount) })}
              </span>
            </span>
          )
        }
      />
      <h2 className="mb-2 text-sm font-semibold text-zinc-700 dark:text-zinc-300">{t('configuration')}</h2>
      <Card>
        <ConfigTable resource={{ type: 'broker', name: String(id) }} />
      </Card>
    </>
  );
}
