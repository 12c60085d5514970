'use client';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import { useRegistryHealthQuery } from '@/lib/api/registry';
import { formatNumber, formatRelative } from '@/lib/format';
import type { ClusterOverview as Overview } from '@/lib/types';
import { Term } from '@/components/ui/term';
import { BrokersTable } from './brokers-table';

function Stat({
  label,
  value,
  tone,
  hint,
}: {
  label: string;
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
      <div
        className={`mt-1 text-2xl font-semibold tabular-nums ${color}`}
        data-testid={`stat-${label.toLowerCase().replaceAll(' ', '-')}`}
      >
        {formatNumber(value)}
      </div>
      {hint && <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{hint}</div>}
    </Card>
  );
}

function Health({ o }: { o: Overview }) {
  if (o.partitions.offline > 0) return <Badge tone="bad">{o.partitions.offline} offline partitions</Badge>;
  if (o.partitions.underReplicated > 0)
    return <Badge tone="warn">{o.partitions.underReplicated} under-replicated</Badge>;
  return <Badge tone="ok">Healthy</Badge>;
}

/** The Schema Registry's state: not configured, answering (with its subject count), or why it does not. */
function RegistryStatus() {
  const h = useRegistryHealthQuery().data;
  if (!h) return <span className="text-zinc-400">…</span>;
  if (!h.configured)
    return (
      <span
        className="text-zinc-500 dark:text-zinc-400"
        title="Set KAFSCOPE_SCHEMA_REGISTRY_URL on the server"
      >
        not configured
      </span>
    );
  if (!h.ok)
    return (
      <Badge tone="bad" title={h.message ?? undefined} data-testid="registry-status">
        unreachable
      </Badge>
    );
  return (
    <Link href="/schemas" className="hover:underline" data-testid="registry-status">
      <Badge tone="ok">reachable</Badge> {formatNumber(h.subjects ?? 0)} subject{h.subjects === 1 ? '' : 's'}
    </Link>
  );
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
  if (q.isPending) return <OverviewSkeleton />;
  if (q.isError && !q.data) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  const o = q.data!;
  const controller = o.controller.id ?? null;
  return (
    <>
      <PageHeader
        title="Cluster overview"
        description={
          <span className="flex items-center gap-2">
            <Health o={o} />
            <span title={new Date(o.fetchedAt).toLocaleString()}>Updated {formatRelative(o.fetchedAt)}</span>
          </span>
        }
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat label="Brokers" value={o.brokers.length} />
        <Stat label="Topics" value={o.topics.total} hint={`${formatNumber(o.topics.internal)} internal`} />
        <Stat label="Partitions" value={o.partitions.total} />
        <Stat
          label="Under-replicated"
          value={o.partitions.underReplicated}
          tone={o.partitions.underReplicated ? 'warn' : undefined}
        />
        <Stat label="Offline" value={o.partitions.offline} tone={o.partitions.offline ? 'bad' : undefined} />
        <Stat label="Consumer groups" value={o.consumerGroups} />
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card>
          <CardHeader title="Cluster" />
          <dl>
            <Row label="Cluster ID">
              <span className="font-mono text-[13px]" data-testid="cluster-id">
                {o.clusterId}
              </span>
              <CopyButton value={o.clusterId} label="Copy cluster ID" />
            </Row>
            <Row label={<Term k="controller">Active controller</Term>}>
              <span
                data-testid="controller"
                title={
                  o.controller.source === 'quorum'
                    ? 'KRaft quorum leader (DescribeQuorum)'
                    : o.controller.source === 'metadata'
                      ? 'The controller Metadata names (the cluster has no KRaft quorum to describe)'
                      : 'The cluster did not answer DescribeQuorum'
                }
              >
                {controller === null ? 'unknown' : `broker ${controller}`}
              </span>
            </Row>
            {o.controller.voters.length > 0 && (
              <Row label="Quorum voters">{o.controller.voters.join(', ')}</Row>
            )}
            <Row label="Kafka version">
              <span title="Inferred from the API versions the broker supports">
                {o.kafkaVersion?.label ?? 'unknown'}
              </span>
            </Row>
            {o.features.missing.length > 0 && (
              <Row label="Not on this cluster">
                <ul className="flex flex-col gap-0.5" data-testid="missing-features">
                  {o.features.missing.map((f) => (
                    <li key={f.feature} title={f.reason} className="cursor-help underline decoration-dotted">
                      {f.label}
                    </li>
                  ))}
                </ul>
              </Row>
            )}
            <Row label="Bootstrap">
              <span className="font-mono text-[13px]">{o.bootstrap}</span>
            </Row>
            <Row label="Connection">
              <span className="font-mono text-[13px]" data-testid="connection-security">
                {o.security}
              </span>
            </Row>
            <Row label="Schema Registry">
              <RegistryStatus />
            </Row>
          </dl>
        </Card>
        <Card>
          <CardHeader title="Brokers" />
          <BrokersTable brokers={o.brokers} />
        </Card>
      </div>
    </>
  );
}

export function OverviewSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading cluster overview">
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
