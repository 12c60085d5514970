'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Card } from '@/components/ui/card';
import { Term } from '@/components/ui/term';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { StateBadge } from '@/components/groups/status-badge';
import { useShareGroupsQuery } from '@/lib/api/share-groups';
import { formatNumber } from '@/lib/format';

export const shareGroupHref = (id: string) => `/share-groups/${encodeURIComponent(id)}`;

export function ShareGroupsView() {
  const q = useShareGroupsQuery();
  const t = useTranslations('shareGroups');
  const errorText = useErrorText();
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title={t('title')}
        description={t.rich('about', { term: (c) => <Term k="share-group">{c}</Term> })}
      />
      {q.isPending ? (
        <Skeleton className="h-40" />
      ) : q.isError && !q.data ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : !q.data!.supported ? (
        <Card className="p-4 text-sm text-zinc-600 dark:text-zinc-300" data-testid="share-groups-unsupported">
          {t('unsupported', { reason: q.data!.reason ?? '' })}
        </Card>
      ) : q.data!.groups.length === 0 ? (
        <Card className="p-4 text-sm text-zinc-600 dark:text-zinc-300">
          {t.rich('none', { code: (c) => <code>{c}</code> })}
        </Card>
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>{t('group')}</Th>
                <Th>{t('state')}</Th>
                <Th numeric>{t('members')}</Th>
                <Th>{t('topics')}</Th>
                <Th numeric>{t('partitions')}</Th>
                <Th numeric>{t('lag')}</Th>
              </tr>
            </thead>
            <tbody>
              {q.data!.groups.map((g) => (
                <tr key={g.groupId}>
                  <Td mono>
                    <Link
                      prefetch={false}
                      href={shareGroupHref(g.groupId)}
                      className="text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {g.groupId}
                    </Link>
                  </Td>
                  <Td>
                    <StateBadge state={g.state} />
                  </Td>
                  <Td numeric>{formatNumber(g.members)}</Td>
                  <Td mono>{g.topics.join(', ')}</Td>
                  <Td numeric>{formatNumber(g.partitions)}</Td>
                  <Td numeric>{formatNumber(g.lag)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
