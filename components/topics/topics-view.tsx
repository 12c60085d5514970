'use client';
import { Writable } from '@/components/layout/writable';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useTopicsQuery } from '@/lib/api/topics';
import { CreateTopicDialog } from './create-topic-dialog';
import { TopicsTable } from './topics-table';

/** The topic list (in the cache already when the server had it in time: app/(console)/topics/page.tsx). */
export function TopicsView() {
  const q = useTopicsQuery();
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title="Topics"
        description={
          q.data && !q.data.sizesAvailable
            ? 'Sizes unavailable: a broker did not answer DescribeLogDirs.'
            : undefined
        }
        actions={
          q.data && (
            <Writable>
              <CreateTopicDialog brokers={q.data.brokers} />
            </Writable>
          )
        }
      />
      {q.isPending ? (
        <Skeleton className="h-64" />
      ) : q.isError && !q.data ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        <TopicsTable topics={q.data!.topics} />
      )}
    </div>
  );
}
