'use client';
import { Writable } from '@/components/layout/writable';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { useFormat } from '@/lib/i18n/use-format';
import { usePathname, useSearchParams } from 'next/navigation';
import { Card, CardHeader } from '@/components/ui/card';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { CliCommands } from '@/components/ui/cli-commands';
import { Term } from '@/components/ui/term';
import { describeGroup } from '@/lib/cli/admin';
import { replaceUrl } from '@/components/ui/use-url-params';
import { useGroupHistoryQuery, useGroupQuery } from '@/lib/api/groups';
import { formatNumber, formatRate } from '@/lib/format';
import type { GroupDetail as Detail } from '@/lib/types';
import { DeleteGroupDialog, DeleteTopicOffsetsDialog } from './delete-group-dialogs';
import { LagSeconds } from './groups-table';
import { HistoryNote } from './history-note';
import { GroupActivity } from './group-activity';
import { OffsetHeaders } from './offset-headers';
import { LagChart } from './lag-chart';
import { ResetOffsetsDialog } from './reset-offsets-dialog';
import { StateBadge, StatusBadge } from './status-badge';

function Fact({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <div className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {label}
      </div>
      <div className="mt-0.5 text-lg font-semibold tabular-nums">{children}</div>
    </div>
  );
}

const rate = (r: number | null) => (r === null ? '—' : formatRate(r));
function CatchUp({ v }: { v: number | 'never' | null }) {
  const t = useTranslations('group');
  const fmt = useFormat();
  if (v === null) return <span className="text-zinc-400">—</span>;
  if (v === 'never')
    return (
      <span className="text-amber-700 dark:text-amber-400" title={t('neverHint')}>
        {t('never')}
      </span>
    );
  return <>{v === 0 ? '—' : fmt.duration(v)}</>;
}

function LagHistory({ groupId, topics }: { groupId: string; topics: string[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const topic = params.get('topic');
  const h = useGroupHistoryQuery(groupId);
  const t = useTranslations('group');
  const points =
    h.data?.series.find((s) => s.topic === (topic && topics.includes(topic) ? topic : null))?.points ?? [];
  return (
    <Card>
      <CardHeader
        title={t('lagOverTime')}
        actions={
          topics.length > 1 && (
            <Select
              aria-label={t('chartTopic')}
              className="w-56"
              value={topic ?? ''}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                if (e.target.value) next.set('topic', e.target.value);
                else next.delete('topic');
                replaceUrl(`${pathname}?${next}`);
              }}
            >
              <option value="">{t('allTopics')}</option>
              {topics.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          )
        }
      />
      <div className="p-3 text-zinc-500 dark:text-zinc-400">
        {h.isPending ? <Skeleton className="h-56" /> : <LagChart points={points} />}
      </div>
    </Card>
  );
}

function Members({ g }: { g: Detail }) {
  const t = useTranslations('group');
  return (
    <Card>
      <CardHeader title={t('members', { n: g.members.length })} />
      {g.members.length === 0 ? (
        <p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">{t('noMembers')}</p>
      ) : (
        <Table data-testid="members-table">
          <thead>
            <tr>
              <Th>{t('clientId')}</Th>
              <Th>{t('host')}</Th>
              <Th>
                <Term k="member">{t('memberId')}</Term>
              </Th>
              <Th>{t('assigned')}</Th>
            </tr>
          </thead>
          <tbody>
            {g.members.map((m) => (
              <tr key={m.memberId}>
                <Td mono>{m.clientId}</Td>
                <Td mono>{m.host}</Td>
                <Td mono className="max-w-72 truncate" title={m.memberId}>
                  {m.memberId}
                </Td>
                <Td mono>
                  {m.assignment.length
                    ? m.assignment.map((a) => `${a.topic} [${a.partitions.join(', ')}]`).join('; ')
                    : '—'}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function TopicLag({ g, x }: { g: Detail; x: Detail['topics'][number] }) {
  const t = useTranslations('group');
  const fmt = useFormat();
  return (
    <Card data-testid="group-topic">
      <CardHeader
        title={x.topic}
        actions={
          <span className="flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-300">
            <span>
              {t.rich('lagOf', { n: formatNumber(x.lag), b: (c) => <b className="tabular-nums">{c}</b> })}
            </span>
            {x.lagSeconds !== null && <span>{t('behind', { time: fmt.duration(x.lagSeconds) })}</span>}
            <StatusBadge status={x.status} />
            <Link
              href={`/topics/${encodeURIComponent(x.topic)}`}
              className="text-sky-700 hover:underline dark:text-sky-400"
            >
              {t('topicLink')}
            </Link>
            <Writable role="admin">
              <DeleteTopicOffsetsDialog groupId={g.groupId} topic={x.topic} />
            </Writable>
          </span>
        }
      />
      <Table>
        <thead>
          <tr>
            <OffsetHeaders />
            <Th numeric>
              <Term k="lag-time">{t('lagTime')}</Term>
            </Th>
            <Th numeric>{t('consume')}</Th>
            <Th numeric>{t('produce')}</Th>
            <Th numeric>{t('catchUp')}</Th>
            <Th>{t('status')}</Th>
            <Th>{t('consumer')}</Th>
          </tr>
        </thead>
        <tbody>
          {x.partitions.map((p) => (
            <tr key={p.partition} data-testid="lag-row">
              <Td numeric>{p.partition}</Td>
              <Td numeric mono>
                {p.committed === null ? '—' : formatNumber(p.committed)}
              </Td>
              <Td numeric mono>
                {formatNumber(p.end)}
              </Td>
              <Td numeric mono className={p.lag ? 'font-semibold' : undefined}>
                {p.lag === null ? '—' : formatNumber(p.lag)}
              </Td>
              <Td numeric>
                <LagSeconds seconds={p.lagSeconds} estimated={p.lagSecondsEstimated} />
              </Td>
              <Td numeric>{rate(p.consumeRate)}</Td>
              <Td numeric>{rate(p.produceRate)}</Td>
              <Td numeric>
                <CatchUp v={p.catchUpSeconds} />
              </Td>
              <Td>
                <StatusBadge status={p.status} />
              </Td>
              <Td mono className="max-w-48 truncate" title={p.owner?.memberId}>
                {p.owner?.clientId ?? '—'}
              </Td>
            </tr>
          ))}
          <tr className="bg-zinc-50/60 font-medium dark:bg-zinc-800/30">
            <Td>{t('total')}</Td>
            <Td />
            <Td />
            <Td numeric mono>
              {formatNumber(x.lag)}
            </Td>
            <Td numeric>{x.lagSeconds === null ? '—' : fmt.duration(x.lagSeconds)}</Td>
            <Td numeric>{rate(x.consumeRate)}</Td>
            <Td numeric>{rate(x.produceRate)}</Td>
            <Td colSpan={3} />
          </tr>
        </tbody>
      </Table>
    </Card>
  );
}

export function GroupDetail({ groupId }: { groupId: string }) {
  const q = useGroupQuery(groupId);
  const t = useTranslations('group');
  const fmt = useFormat();
  const errorText = useErrorText();
  if (q.isPending) return <Skeleton className="h-96" />;
  if (q.isError && !q.data)
    return <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />;
  const g = q.data!;
  return (
    <div className="space-y-4">
      <PageHeader
        title={g.groupId}
        back={{ href: '/groups', label: t('groups') }}
        copy
        description={
          <HistoryNote
            since={g.historySince}
            intervalMs={g.sampleIntervalMs}
            topic={g.historyTopic}
            role={g.historyRole}
          />
        }
        actions={
          <div className="flex gap-2">
            <Writable>
              <ResetOffsetsDialog groupId={g.groupId} topics={g.topics.map((x) => x.topic)} />
            </Writable>
            <Writable role="admin">
              <DeleteGroupDialog groupId={g.groupId} />
            </Writable>
          </div>
        }
      />
      <Card className="grid grid-cols-2 gap-4 p-4 sm:grid-cols-4 lg:grid-cols-7">
        <Fact label={t('state')}>
          <StateBadge state={g.state} />
        </Fact>
        <Fact label={t('status')}>
          <StatusBadge status={g.status} />
        </Fact>
        <Fact label={t('protocol')}>
          <span title={g.protocol === 'consumer' ? t('kip848') : undefined}>{g.protocol}</span>
        </Fact>
        <Fact label={<Term k="assignor">{t('assignor')}</Term>}>
          <span className="block truncate text-base" title={g.assignor ?? undefined}>
            {g.assignor ?? '—'}
          </span>
        </Fact>
        <Fact label={t('coordinator')}>
          <Link href={`/brokers/${g.coordinator}`} className="text-sky-700 hover:underline dark:text-sky-400">
            {t('broker', { id: g.coordinator })}
          </Link>
        </Fact>
        <Fact label={t('totalLag')}>
          <span data-testid="total-lag">{formatNumber(g.lag)}</span>
        </Fact>
        <Fact label={t('lagTime')}>{g.lagSeconds === null ? '—' : fmt.duration(g.lagSeconds)}</Fact>
      </Card>
      <LagHistory groupId={g.groupId} topics={g.topics.map((x) => x.topic)} />
      <GroupActivity g={g} />
      <Members g={g} />
      {g.topics.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('noOffsets')}</p>
      ) : (
        g.topics.map((x) => <TopicLag key={x.topic} g={g} x={x} />)
      )}
      <CliCommands title={t('cli')} build={(c) => describeGroup(c, g.groupId)} />
    </div>
  );
}
