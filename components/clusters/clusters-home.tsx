'use client';
import NextLink from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useClusterSummaryQuery, useClustersQuery } from '@/lib/api/clusters-home';
import { clusterPage } from '@/lib/url';
import { useErrorText } from '@/lib/i18n/errors';
import { formatNumber } from '@/lib/format';
import type { ClustersList } from '@/lib/schemas/clusters';

/** The clusters home: one card per cluster, each asking its own cluster (a down one never holds up the rest). */
export function ClustersHome() {
  const t = useTranslations('clusters');
  const q = useClustersQuery();
  const errorText = useErrorText();
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t('title')} description={t('description')} />
      {q.isError && <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />}
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="clusters">
        {(q.data?.clusters ?? []).map((c) => (
          <li key={c.name}>
            <ClusterCard cluster={c} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ClusterCard({ cluster: c }: { cluster: ClustersList['clusters'][number] }) {
  const t = useTranslations('clusters');
  const q = useClusterSummaryQuery(c.name);
  const errorText = useErrorText();
  const s = q.data;
  const down = q.isError;
  return (
    <Card className="h-full p-4" data-testid={`cluster-${c.name}`}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <NextLink
            href={clusterPage(c.name, '/')}
            className="text-base font-semibold break-all text-sky-700 hover:underline dark:text-sky-400"
          >
            {c.name}
          </NextLink>
          <div className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{c.bootstrap}</div>
        </div>
        <div className="flex shrink-0 flex-wrap justify-end gap-1" data-testid="cluster-state">
          {down ? (
            <Badge tone="bad">{t('down')}</Badge>
          ) : !s ? (
            <Badge>{t('checking')}</Badge>
          ) : s.offline > 0 ? (
            <Badge tone="bad">{t('offline', { n: s.offline })}</Badge>
          ) : s.underReplicated > 0 ? (
            <Badge tone="warn">{t('underReplicated', { n: s.underReplicated })}</Badge>
          ) : (
            <Badge tone="ok">{t('up')}</Badge>
          )}
          {c.readOnly && <Badge>{t('readOnly')}</Badge>}
          {c.role && <Badge>{t('role', { role: c.role })}</Badge>}
        </div>
      </div>
      {down ? (
        <p className="mt-3 text-sm text-red-700 dark:text-red-400" data-testid="cluster-reason">
          {errorText(q.error)}
        </p>
      ) : !s ? (
        <Skeleton className="mt-3 h-16" />
      ) : (
        <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
          <Fact label={t('brokers')} value={formatNumber(s.brokers)} id="brokers" />
          <Fact label={t('topics')} value={formatNumber(s.topics)} id="topics" />
          <Fact label={t('partitions')} value={formatNumber(s.partitions)} id="partitions" />
          <Fact label={t('groups')} value={formatNumber(s.groups)} id="groups" />
          <Fact
            label={t('lagging')}
            value={formatNumber(s.laggingGroups)}
            id="lagging"
            warn={s.laggingGroups > 0}
          />
          <Fact label={t('registry')} value={t(`registryState.${s.registry}`)} id="registry" />
        </dl>
      )}
    </Card>
  );
}

function Fact({ label, value, id, warn }: { label: string; value: string; id: string; warn?: boolean }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd
        className={`font-medium tabular-nums ${warn ? 'text-amber-600 dark:text-amber-400' : 'text-zinc-900 dark:text-zinc-50'}`}
        data-testid={`fact-${id}`}
      >
        {value}
      </dd>
    </div>
  );
}
