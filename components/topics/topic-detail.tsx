'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
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
import type { StreamState } from '@/lib/api/messages';

const TABS = ['partitions', 'configuration', 'consumers', 'messages', 'produce'] as const;
type Tab = (typeof TABS)[number];

function Fact({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
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

function PartitionsTable({ d }: { d: Detail }) {
  const t = useTranslations('topic');
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
            <Term k="replica">{t('replicas')}</Term>
          </Th>
          <Th>
            <Term k="isr">{t('inSync')}</Term>
          </Th>
          <Th>
            <Term k="offline-replica">{t('offline')}</Term>
          </Th>
          <Th numeric>
            <Term k="low-watermark">{t('low')}</Term>
          </Th>
          <Th numeric>
            <Term k="high-watermark">{t('high')}</Term>
          </Th>
          <Th numeric>{t('messages')}</Th>
          <Th numeric>{t('size')}</Th>
        </tr>
      </thead>
      <tbody>
        {d.partitionList.map((p) => {
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
                {p.leader < 0 ? <Badge tone="bad">{t('noLeader')}</Badge> : p.leader}
              </Td>
              <Td mono>{ids(p.replicas)}</Td>
              <Td mono>
                {ids(p.isr)} {under && <Badge tone="warn">{t('underReplicatedBadge')}</Badge>}
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
  const t = useTranslations('topic');
  return subjects.map((s) => (
    <Link key={s.subject} href={subjectHref(s.subject)} title={t('subjectHint', { subject: s.subject })}>
      <Badge tone="info">
        {s.side}: {FORMAT_LABEL[s.format]} v{s.latestVersion}
      </Badge>
    </Link>
  ));
}

export function TopicDetail({ name, seed = null }: { name: string; seed?: StreamState | null }) {
  const q = useTopicQuery(name);
  const d = q.data;
  const t = useTranslations('topic');
  const errorText = useErrorText();
  const requested = useSearchParams().get('tab');
  const tab: Tab = TABS.some((x) => x === requested) ? (requested as Tab) : 'partitions';
  const base = `/topics/${encodeURIComponent(name)}`;
  return (
    <>
      <PageHeader
        title={name}
        back={{ href: '/topics', label: t('topics') }}
        copy
        description={
          d && (
            <span className="flex items-center gap-2">
              {d.internal && <Badge>{t('internal')}</Badge>}
              {d.offline > 0 ? (
                <Badge tone="bad">{t('offlineBadge', { n: d.offline })}</Badge>
              ) : d.underReplicated > 0 ? (
                <Badge tone="warn">{t('underReplicatedCount', { n: d.underReplicated })}</Badge>
              ) : (
                <Badge tone="ok">{t('allInSync')}</Badge>
              )}
              <TopicSchemas topic={name} />
            </span>
          )
        }
        actions={
          d &&
          !d.internal && (
            <div className="flex gap-2">
              <Writable>
                <AddPartitionsDialog name={name} current={d.partitions} />
              </Writable>
              <Writable role="admin">
                <DeleteRecordsDialog name={name} partitions={d.partitionList} />
                <DeleteTopicDialog name={name} />
              </Writable>
            </div>
          )
        }
      />
      {q.isPending ? (
        <Skeleton className="h-48" />
      ) : q.isError && !d ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        d && (
          <>
            <Card className="mb-4 grid grid-cols-2 gap-4 px-4 py-3 md:grid-cols-6">
              <Fact label={t('partitions')}>{formatNumber(d.partitions)}</Fact>
              <Fact label={<Term k="replica">{t('replication')}</Term>}>{d.replicationFactor}</Fact>
              <Fact label={t('messages')}>
                <span data-testid="topic-messages">
                  {d.messagesEstimate ? '≈ ' : ''}
                  {formatNumber(d.messages)}
                </span>
              </Fact>
              <Fact label={t('size')}>{d.sizeBytes === null ? '—' : formatBytes(d.sizeBytes)}</Fact>
              <Fact label={<Term k="compaction">{t('cleanup')}</Term>}>{d.cleanupPolicy}</Fact>
              <Fact label={t('underReplicated')}>{d.underReplicated}</Fact>
            </Card>
            <TabLinks
              tabs={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))}
              current={tab}
              href={(id) => (id === 'partitions' ? base : `${base}?tab=${id}`)}
            />
            {tab === 'partitions' && (
              <>
                <Card>
                  <PartitionsTable d={d} />
                </Card>
                <div className="mt-4">
                  <CliCommands title={t('cli')} build={(c) => describeTopic(c, name)} />
                </div>
              </>
            )}
            {tab === 'configuration' && (
              <Card>
                <ConfigTable resource={{ type: 'topic', name }} />
              </Card>
            )}
            {tab === 'consumers' && <TopicConsumers name={name} />}
            {tab === 'produce' && <ProduceCard topic={name} partitions={d.partitions} />}
            {tab === 'messages' && <MessageViewer topic={name} partitions={d.partitions} seed={seed} />}
          </>
        )
      )}
    </>
  );
}
