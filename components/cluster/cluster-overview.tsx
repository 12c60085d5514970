'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { Card, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { useRegistryHealthQuery } from '@/lib/api/registry';
import { formatNumber } from '@/lib/format';
import { useFormat } from '@/lib/i18n/use-format';
import { useErrorText } from '@/lib/i18n/errors';
import type { ClusterOverview as Overview } from '@/lib/types';
import { Term } from '@/components/ui/term';
import { BrokersTable } from './brokers-table';

function Stat({
  id,
  label,
  value,
  tone,
  hint,
}: {
  id: string;
  label: React.ReactNode;
  value: number;
  tone?: 'bad' | 'warn';
  hint?: string;
}) {
  const color =
    tone === 'bad'
      ? 'text-red-600 dark:text-red-400'
      : tone === 'warn'
        ? 'text-amber-600 dark:text-amber-400'
        : 'text-zinc-900 dark:text-zinc-50';
  return (
    <Card className="px-4 py-3">
      <div className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {label}
      </div>
      <div className={`mt-1 text-2xl font-semibold tabular-nums ${color}`} data-testid={`stat-${id}`}>
        {formatNumber(value)}
      </div>
      {hint && <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{hint}</div>}
    </Card>
  );
}

function Health({ o }: { o: Overview }) {
  const t = useTranslations('overview');
  if (o.partitions.offline > 0)
    return <Badge tone="bad">{t('offlineBadge', { n: o.partitions.offline })}</Badge>;
  if (o.partitions.underReplicated > 0)
    return <Badge tone="warn">{t('underReplicatedBadge', { n: o.partitions.underReplicated })}</Badge>;
  return <Badge tone="ok">{t('healthy')}</Badge>;
}

/** The Schema Registry's state: not configured, answering (with its subject count), or why it does not. */
function RegistryStatus() {
  const h = useRegistryHealthQuery().data;
  const t = useTranslations('overview');
  if (!h) return <span className="text-zinc-400">…</span>;
  if (!h.configured)
    return (
      <span className="text-zinc-500 dark:text-zinc-400" title={t('registryHint')}>
        {t('registryNotConfigured')}
      </span>
    );
  if (!h.ok)
    return (
      <Badge tone="bad" title={h.message ?? undefined} data-testid="registry-status">
        {t('registryUnreachable')}
      </Badge>
    );
  return (
    <Link href="/schemas" className="hover:underline" data-testid="registry-status">
      <Badge tone="ok">{t('registryReachable')}</Badge> {t('subjects', { n: h.subjects ?? 0 })}
    </Link>
  );
}

// The features lib/kafka/base/features.ts detects, named in the page's language (the server's English label
// and reason stand in for one added there and not here yet).
const FEATURE_KEYS = ['quorum', 'consumer-protocol', 'share-groups'] as const;
const known = (f: string): f is (typeof FEATURE_KEYS)[number] =>
  (FEATURE_KEYS as readonly string[]).includes(f);

/** The server's version range ("4.1 or later", "3.x or earlier") in the page's language. */
function versionText(label: string, t: ReturnType<typeof useTranslations<'overview'>>) {
  const m = /^(.+) or (later|earlier)$/.exec(label);
  return m ? t('versionRange', { v: m[1]!, side: m[2]! }) : label;
}

function Row({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 border-b border-zinc-100 px-4 py-2 text-sm last:border-0 dark:border-zinc-800/60">
      <dt className="shrink-0 text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="flex min-w-0 flex-wrap items-center justify-end gap-1 text-right break-all text-zinc-800 dark:text-zinc-200">
        {children}
      </dd>
    </div>
  );
}

export function ClusterOverview() {
  const q = useClusterOverviewQuery();
  const t = useTranslations('overview');
  const fmt = useFormat();
  const errorText = useErrorText();
  if (q.isPending) return <OverviewSkeleton />;
  if (q.isError && !q.data)
    return <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />;
  const o = q.data!;
  const controller = o.controller.id ?? null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          <span className="flex items-center gap-2">
            <Health o={o} />
            <span title={new Date(o.fetchedAt).toLocaleString()}>
              {t('updated', { ago: fmt.relative(o.fetchedAt) })}
            </span>
          </span>
        }
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat id="brokers" label={t('brokers')} value={o.brokers.length} />
        <Stat
          id="topics"
          label={t('topics')}
          value={o.topics.total}
          hint={t('internal', { n: o.topics.internal })}
        />
        <Stat id="partitions" label={t('partitions')} value={o.partitions.total} />
        <Stat
          id="under-replicated"
          label={<Term k="under-replicated">{t('underReplicated')}</Term>}
          value={o.partitions.underReplicated}
          tone={o.partitions.underReplicated ? 'warn' : undefined}
        />
        <Stat
          id="offline"
          label={t('offline')}
          value={o.partitions.offline}
          tone={o.partitions.offline ? 'bad' : undefined}
        />
        <Stat
          id="consumer-groups"
          label={<Term k="consumer-group">{t('consumerGroups')}</Term>}
          value={o.consumerGroups}
        />
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card>
          <CardHeader title={t('cluster')} />
          <dl>
            <Row label={t('clusterId')}>
              <span className="font-mono text-[13px]" data-testid="cluster-id">
                {o.clusterId}
              </span>
              <CopyButton value={o.clusterId} label={t('copyClusterId')} />
            </Row>
            <Row label={<Term k="controller">{t('activeController')}</Term>}>
              <span
                data-testid="controller"
                title={
                  o.controller.source === 'quorum'
                    ? t('controllerQuorum')
                    : o.controller.source === 'metadata'
                      ? t('controllerMetadata')
                      : t('controllerUnknown')
                }
              >
                {controller === null ? t('unknown') : t('broker', { id: controller })}
              </span>
            </Row>
            {o.controller.voters.length > 0 && (
              <Row label={t('quorumVoters')}>{o.controller.voters.join(', ')}</Row>
            )}
            <Row label={t('kafkaVersion')}>
              <span title={t('kafkaVersionHint')}>
                {o.kafkaVersion ? versionText(o.kafkaVersion.label, t) : t('unknown')}
              </span>
            </Row>
            {o.features.missing.length > 0 && (
              <Row label={t('notOnCluster')}>
                <ul className="flex flex-col gap-0.5" data-testid="missing-features">
                  {o.features.missing.map((f) => (
                    <li
                      key={f.feature}
                      title={known(f.feature) ? t(`features.${f.feature}.reason`) : f.reason}
                      className="cursor-help underline decoration-dotted"
                    >
                      {known(f.feature) ? t(`features.${f.feature}.label`) : f.label}
                    </li>
                  ))}
                </ul>
              </Row>
            )}
            <Row label={t('bootstrap')}>
              <span className="font-mono text-[13px]">{o.bootstrap}</span>
            </Row>
            <Row label={t('connection')}>
              <span className="font-mono text-[13px]" data-testid="connection-security">
                {o.security}
              </span>
            </Row>
            <Row label={t('schemaRegistry')}>
              <RegistryStatus />
            </Row>
          </dl>
        </Card>
        <Card>
          <CardHeader title={t('brokers')} />
          <BrokersTable brokers={o.brokers} />
        </Card>
      </div>
    </>
  );
}

export function OverviewSkeleton() {
  const t = useTranslations('overview');
  return (
    <div aria-busy="true" aria-label={t('loading')}>
      <Skeleton className="mb-4 h-7 w-56" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
      <Skeleton className="mt-4 h-48" />
    </div>
  );
}
