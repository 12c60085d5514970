'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Card, CardHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { StateBadge } from '@/components/groups/status-badge';
import { useShareGroupQuery } from '@/lib/api/share-groups';
import { formatNumber } from '@/lib/format';
import type { ShareGroupDetail as Detail } from '@/lib/types';

const topicHref = (t: string) => `/topics/${encodeURIComponent(t)}`;
const dash = <span className="text-zinc-400">—</span>;

function Partitions({ g }: { g: Detail }) {
  const upperBound = g.partitionList.some((p) => p.lagSource === 'end-minus-start');
  const t = useTranslations('shareGroups');
  return (
    <Card>
      <CardHeader title={t('sharePartitions')} />
      <Table data-testid="share-partitions">
        <thead>
          <tr>
            <Th>{t('topic')}</Th>
            <Th numeric>{t('partition')}</Th>
            <Th numeric title={t('startHint')}>
              {t('start')}
            </Th>
            <Th numeric>{t('end')}</Th>
            <Th numeric>{t('lagHeader', { atMost: String(upperBound) })}</Th>
            <Th>{t('consumers')}</Th>
          </tr>
        </thead>
        <tbody>
          {g.partitionList.map((p) => (
            <tr key={`${p.topic}:${p.partition}`}>
              <Td mono>
                <Link
                  prefetch={false}
                  href={topicHref(p.topic)}
                  className="text-sky-700 hover:underline dark:text-sky-400"
                >
                  {p.topic}
                </Link>
              </Td>
              <Td numeric>{p.partition}</Td>
              <Td numeric>{p.startOffset === null ? dash : formatNumber(p.startOffset)}</Td>
              <Td numeric>{p.end === null ? dash : formatNumber(p.end)}</Td>
              <Td numeric>{p.lag === null ? dash : formatNumber(p.lag)}</Td>
              <Td mono>{p.consumers.length ? p.consumers.join(', ') : dash}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {upperBound && <p className="px-3 py-2 text-xs text-zinc-500">{t('upperBound')}</p>}
    </Card>
  );
}

function Members({ g }: { g: Detail }) {
  const t = useTranslations('shareGroups');
  return (
    <Card>
      <CardHeader title={t('members')} />
      {g.memberList.length === 0 ? (
        <p className="px-3 py-3 text-sm text-zinc-500">{t('noMembers')}</p>
      ) : (
        <Table data-testid="share-members">
          <thead>
            <tr>
              <Th>{t('client')}</Th>
              <Th>{t('host')}</Th>
              <Th>{t('subscribed')}</Th>
              <Th>{t('assigned')}</Th>
            </tr>
          </thead>
          <tbody>
            {g.memberList.map((m) => (
              <tr key={m.memberId}>
                <Td mono title={m.memberId}>
                  {m.clientId}
                </Td>
                <Td mono>{m.host}</Td>
                <Td mono>{m.subscribedTopics.join(', ')}</Td>
                <Td mono>
                  {m.assignment.map((a) => `${a.topic} [${a.partitions.join(', ')}]`).join('; ') || dash}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function ShareGroupDetail({ groupId }: { groupId: string }) {
  const q = useShareGroupQuery(groupId);
  const t = useTranslations('shareGroups');
  const errorText = useErrorText();
  if (q.isPending) return <Skeleton className="h-64" />;
  if (q.isError && !q.data)
    return <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />;
  const g = q.data!;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={g.groupId}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href="/share-groups" className="text-sky-700 hover:underline dark:text-sky-400">
              {t('title')}
            </Link>
            <StateBadge state={g.state} />
            <span>
              {t('summary', {
                members: g.members,
                lag: formatNumber(g.lag),
                coordinator: g.coordinator,
                assignor: g.assignor ?? 'none',
              })}
            </span>
          </span>
        }
      />
      <Partitions g={g} />
      <Members g={g} />
    </div>
  );
}
