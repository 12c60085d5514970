'use client';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { BrokersTable } from './brokers-table';
import { useErrorText } from '@/lib/i18n/errors';

export function BrokersView() {
  const q = useClusterOverviewQuery();
  const t = useTranslations('brokers');
  const errorText = useErrorText();
  return (
    <>
      <PageHeader
        title={t('title')}
        description={q.data ? t('count', { n: q.data.brokers.length, cluster: q.data.clusterId }) : undefined}
      />
      {q.isPending ? (
        <Skeleton className="h-40" />
      ) : q.isError && !q.data ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <Card>
          <BrokersTable brokers={q.data!.brokers} />
        </Card>
      )}
    </>
  );
}
