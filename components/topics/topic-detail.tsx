'use client';
import Link from 'next/link';
import { Writable } from '@/components/layout/writable';
import { useSearchParams } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { CliCommands } from '@/components/ui/cli-commands';
import { Term } from '@/components/ui/term';
import { describeTopic } from '@/lib/cli/admin';
import { useTopicQuery } from '@/lib/api/topics';
import { useTopicSubjectsQuery } from '@/lib/api/registry';
import { FORMAT_LABEL, subjectHref } from '@/components/schemas/schema-text';
import { cn } from '@/lib/cn';
import { formatBytes, formatNumber } from '@/lib/format';
import type { TopicDetail as Detail } from '@/lib/types';
import { TabLinks } from '@/components/ui/tabs';
import { ConfigTable } from '@/components/configs/config-table';
import { AddPartitionsDialog } from './add-partitions-dialog';
import { DeleteRecordsDialog } from './delete-records-dialog';
import { DeleteTopicDialog } from './delete-topic-dialog';
import { TopicConsumers } from './topic-consumers';
import { ProduceCard } from '@/components/produce/produce-card';
import { MessageViewer } from '@/components/messages/message-viewer';

const TABS = [
  { id: 'partitions', label: 'Partitions' },
  { id: 'configuration', label: 'Configuration' },
  { id: 'consumers', label: 'Consumers' },
  { id: 'messages', label: 'Messages' },
  { id: 'produce', label: 'Produce' },
] as const;
type Tab = (typeof TABS)[number]['id'];

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
          <Th numeric>
            <Term k="partition" />
          </Th>
          <Th numeric>
            <Term k="leader" />
          </Th>
          <Th>
            <Term k="replica">Replicas</Term>
          </Th>
          <Th>
            <Term k="isr">In sync</Term>
          </Th>
          <Th>
            <Term k="offline-replica">Offline</Term>
          </Th>
          <Th numeric>
            <Term k="low-watermark">Low</Term>
          </Th>
          <Th numeric>
            <Term k="high-watermark">High</Term>
          </Th>
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

/** The topic's key and value subjects in the Schema Registry (nothing when there are none). */
function TopicSchemas({ topic }: { topic: string }) {
  const subjects = useTopicSubjectsQuery(topic).data?.subjects ?? [];
  return subjects.map((s) => (
    <Link key={s.subject} href={subjectHref(s.subject)} title={`Schema Registry subject ${s.subject}`}>
      <Badge tone="info">
        {s.side}: {FORMAT_LABEL[s.format]} v{s.latestVersion}
      </Badge>
    </Link>
  ));
}

export function TopicDetail({ name }: { name: string }) {
  const q = useTopicQuery(name);
  const t = q.data;
  const requested = useSearchParams().get('tab');
  const tab: Tab = TABS.some((x) => x.id === requested) ? (requested as Tab) : 'partitions';
  const base = `/topics/${encodeURIComponent(name)}`;
  return (
    <>
      <PageHeader
        title={name}
        back={{ href: '/topics', label: 'Topics' }}
        copy
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
              <TopicSchemas topic={name} />
            </span>
          )
        }
        actions={
          t &&
          !t.internal && (
            <div className="flex gap-2">
              <Writable>
                <AddPartitionsDialog name={name} current={t.partitions} />
              </Writable>
              <Writable role="admin">
                <DeleteRecordsDialog name={name} partitions={t.partitionList} />
                <DeleteTopicDialog name={name} />
              </Writable>
            </div>
          )
        }
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
            <TabLinks
              tabs={[...TABS]}
              current={tab}
              href={(id) => (id === 'partitions' ? base : `${base}?tab=${id}`)}
            />
            {tab === 'partitions' && (
              <>
                <Card>
                  <PartitionsTable t={t} />
                </Card>
                <div className="mt-4">
                  <CliCommands title="This topic from a terminal" build={(c) => describeTopic(c, name)} />
                </div>
              </>
            )}
            {tab === 'configuration' && (
              <Card>
                <ConfigTable resource={{ type: 'topic', name }} />
              </Card>
            )}
            {tab === 'consumers' && <TopicConsumers name={name} />}
            {tab === 'produce' && <ProduceCard topic={name} partitions={t.partitions} />}
            {tab === 'messages' && <MessageViewer topic={name} partitions={t.partitions} />}
          </>
        )
      )}
    </>
  );
}
