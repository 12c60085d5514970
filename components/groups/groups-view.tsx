'use client';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useGroupsQuery } from '@/lib/api/groups';
import { GroupsTable } from './groups-table';
import { HistoryNote } from './history-note';

/** `computing`: the server did not have the list in time and goes on computing it. */
export function GroupsView({ computing = false }: { computing?: boolean }) {
  const q = useGroupsQuery({ computing });
  const t = useTranslations('groups');
  const errorText = useErrorText();
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title={t('title')}
        description={
          q.data && (
            <HistoryNote
              since={q.data.historySince}
              intervalMs={q.data.sampleIntervalMs}
              topic={q.data.historyTopic}
              role={q.data.historyRole}
            />
          )
        }
      />
      {q.isPending ? (
        <Skeleton className="h-64" />
      ) : q.isError && !q.data ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <GroupsTable groups={q.data!.groups} firstScreen={q.data!.firstScreen} />
      )}
    </div>
  );
}
