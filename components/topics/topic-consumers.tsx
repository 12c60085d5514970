'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { OffsetHeaders } from '@/components/groups/offset-headers';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { useTopicConsumersQuery } from '@/lib/api/topics';
import { formatNumber } from '@/lib/format';

/** Groups with committed offsets on this topic and how far behind they are. */
export function TopicConsumers({ name }: { name: string }) {
  const q = useTopicConsumersQuery(name);
  const t = useTranslations('topicConsumers');
  const errorText = useErrorText();
  if (q.isPending) return <Skeleton className="h-32" />;
  if (q.isError && !q.data)
    return <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />;
  const groups = q.data!.groups;
  if (!groups.length)
    return <Card className="p-6 text-sm text-zinc-500 dark:text-zinc-400">{t('none')}</Card>;
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <Card key={g.groupId} data-testid={`consumer-${g.groupId}`}>
          <div className="flex items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
            <Link
              href={`/groups/${encodeURIComponent(g.groupId)}`}
              className="font-mono text-[13px] font-medium text-sky-700 hover:underline dark:text-sky-400"
            >
              {g.groupId}
            </Link>
            <Badge tone={g.state === 'Stable' ? 'ok' : g.state === 'Empty' ? 'neutral' : 'warn'}>
              {g.state}
            </Badge>
            {g.members !== null && (
              <span className="text-sm text-zinc-500">{t('members', { n: g.members })}</span>
            )}
            <span className="ml-auto text-sm">
              {t.rich('lag', {
                n: formatNumber(g.lag),
                b: (c) => <span className="font-semibold tabular-nums">{c}</span>,
              })}
            </span>
          </div>
          <Table>
            <thead>
              <tr>
                <OffsetHeaders />
              </tr>
            </thead>
            <tbody>
              {g.partitions.map((p) => (
                <tr key={p.partition}>
                  <Td numeric mono>
                    {p.partition}
                  </Td>
                  <Td numeric mono>
                    {formatNumber(p.committed)}
                  </Td>
                  <Td numeric mono>
                    {formatNumber(p.end)}
                  </Td>
                  <Td
                    numeric
                    className={p.lag > 0 ? 'font-medium text-amber-700 dark:text-amber-400' : undefined}
                  >
                    {formatNumber(p.lag)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ))}
    </div>
  );
}
