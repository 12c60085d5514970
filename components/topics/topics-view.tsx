'use client';
import { useTranslations } from 'next-intl';
import { Writable } from '@/components/layout/writable';
import { useErrorText } from '@/lib/i18n/errors';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useTopicsQuery } from '@/lib/api/topics';
import { CreateTopicDialog } from './create-topic-dialog';
import { TopicsTable } from './topics-table';

/** The topic list (in the cache already when the server had it in time: app/(console)/topics/page.tsx). */
/** `computing`: the server did not have the list in time and goes on computing it. */
export function TopicsView({ computing = false }: { computing?: boolean }) {
  const q = useTopicsQuery({ computing });
  const t = useTranslations('topics');
  const errorText = useErrorText();
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title={t('title')}
        description={q.data && !q.data.sizesAvailable ? t('sizesUnavailable') : undefined}
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
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <TopicsTable topics={q.data!.topics} firstScreen={q.data!.firstScreen} />
      )}
    </div>
  );
}
