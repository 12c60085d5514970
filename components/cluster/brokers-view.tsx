'use client';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { BrokersTable } from './brokers-table';

export function BrokersView() {
  const q = useClusterOverviewQuery();
  return (
    <>
      <PageHeader
        title="Brokers"
        description={
          q.data
            ? `${q.data.brokers.length} ${q.data.brokers.length === 1 ? 'broker' : 'brokers'} in cluster ${q.data.clusterId}`
            : undefined
        }
      />
      {q.isPending ? (
        <Skeleton className="h-40" />
      ) : q.isError && !q.data ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        <Card>
          <BrokersTable brokers={q.data!.brokers} />
        </Card>
      )}
    </>
  );
}
