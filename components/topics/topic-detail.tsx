'use client';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { useTopicQuery } from '@/lib/api/topics';
import { cn } from '@/lib/cn';
import { formatBytes, formatNumber } from '@/lib/format';
import type { TopicDetail as Detail } from '@/lib/types';
import { DeleteTopicDialog } from './delete-topic-dialog';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <div className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {label}
      </div>
      <div className="mt-0.5 text-lg font-semibold tabular-nums">{children}</div>
    </div>
  );
}

const ids = (xs: number[]) => (xs.length ? xs.join(', ') : '—');

function PartitionsTable({ t }: { t: Detail }) {
  return (
    <Table data-testid="partitions-table">
      <thead>
        <tr>
          <Th numeric>Partition</Th>
          <Th numeric>Leader</Th>
          <Th>Replicas</Th>
          <Th>In sync</Th>
          <Th>Offline</Th>
          <Th numeric>Low</Th>
          <Th numeric>High</Th>
          <Th numeric>Messages</Th>
          <Th numeric>Size</Th>
        </tr>
      </thead>
      <tbody>
        {t.partitionList.map((p) => {
          const under = p.isr.length < p.replicas.length;
          return (
            <tr
              key={p.partition}
              className={cn(
                under && 'bg-amber-50 dark:bg-amber-500/10',
                p.leader < 0 && 'bg-red-50 dark:bg-red-500/10',
              )}
            >
              <Td numeric mono>
                {p.partition}
              </Td>
              <Td numeric mono>
                {p.leader < 0 ? <Badge tone="bad">none</Badge> : p.leader}
              </Td>
              <Td mono>{ids(p.replicas)}</Td>
              <Td mono>
                {ids(p.isr)} {under && <Badge tone="warn">under-replicated</Badge>}
              </Td>
              <Td mono>{ids(p.offlineReplicas)}</Td>
              <Td numeric mono>
                {formatNumber(p.low)}
              </Td>
              <Td numeric mono>
                {formatNumber(p.high)}
              </Td>
              <Td numeric>{formatNumber(p.messages)}</Td>
              <Td numeric>{p.sizeBytes === null ? '—' : formatBytes(p.sizeBytes)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

export function TopicDetail({ name }: { name: string }) {
  const q = useTopicQuery(name);
  const t = q.data;
  return (
    <>
      <div className="mb-1 text-sm">
        <Link href="/topics" className="text-zinc-500 hover:underline dark:text-zinc-400">
          Topics
        </Link>
      </div>
      <PageHeader
        title={name}
        description={
          t && (
            <span className="flex items-center gap-2">
              {t.internal && <Badge>internal</Badge>}
              {t.offline > 0 ? (
                <Badge tone="bad">{t.offline} offline</Badge>
              ) : t.underReplicated > 0 ? (
                <Badge tone="warn">{t.underReplicated} under-replicated</Badge>
              ) : (
                <Badge tone="ok">All replicas in sync</Badge>
              )}
            </span>
          )
        }
        actions={t && !t.internal && <DeleteTopicDialog name={name} />}
      />
      {q.isPending ? (
        <Skeleton className="h-48" />
      ) : q.isError && !t ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        t && (
          <>
            <Card className="mb-4 grid grid-cols-2 gap-4 px-4 py-3 md:grid-cols-6">
              <Fact label="Partitions">{formatNumber(t.partitions)}</Fact>
              <Fact label="Replication">{t.replicationFactor}</Fact>
              <Fact label="Messages">
                <span data-testid="topic-messages">
                  {t.messagesEstimate ? '≈ ' : ''}
                  {formatNumber(t.messages)}
                </span>
              </Fact>
              <Fact label="Size">{t.sizeBytes === null ? '—' : formatBytes(t.sizeBytes)}</Fact>
              <Fact label="Cleanup">{t.cleanupPolicy}</Fact>
              <Fact label="Under-replicated">{t.underReplicated}</Fact>
            </Card>
            <Card>
              <PartitionsTable t={t} />
            </Card>
          </>
        )
      )}
    </>
  );
}
