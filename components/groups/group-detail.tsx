'use client';
import { Writable } from '@/components/layout/writable';
import Link from 'next/link';
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
import { formatDuration, formatNumber, formatRate } from '@/lib/format';
import type { GroupDetail as Detail } from '@/lib/types';
import { DeleteGroupDialog, DeleteTopicOffsetsDialog } from './delete-group-dialogs';
import { LagSeconds } from './groups-table';
import { HistoryNote } from './history-note';
import { LagChart } from './lag-chart';
import { ResetOffsetsDialog } from './reset-offsets-dialog';
import { StateBadge, StatusBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
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
  if (v === null) return <span className="text-zinc-400">—</span>;
  if (v === 'never')
    return (
      <span className="text-amber-700 dark:text-amber-400" title="Consumption is not faster than production">
        not catching up
      </span>
    );
  return <>{v === 0 ? '—' : formatDuration(v)}</>;
}

function LagHistory({ groupId, topics }: { groupId: string; topics: string[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const topic = params.get('topic');
  const h = useGroupHistoryQuery(groupId);
  const points =
    h.data?.series.find((s) => s.topic === (topic && topics.includes(topic) ? topic : null))?.points ?? [];
  return (
    <Card>
      <CardHeader
        title="Lag over time"
        actions={
          topics.length > 1 && (
            <Select
              aria-label="Chart topic"
              className="w-56"
              value={topic ?? ''}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                if (e.target.value) next.set('topic', e.target.value);
                else next.delete('topic');
                replaceUrl(`${pathname}?${next}`);
              }}
            >
              <option value="">All topics</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {t}
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
  return (
    <Card>
      <CardHeader title={`Members (${g.members.length})`} />
      {g.members.length === 0 ? (
        <p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">
          No active members: nobody is consuming for this group.
        </p>
      ) : (
        <Table data-testid="members-table">
          <thead>
            <tr>
              <Th>Client id</Th>
              <Th>Host</Th>
              <Th>Member id</Th>
              <Th>Assigned partitions</Th>
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

function TopicLag({ g, t }: { g: Detail; t: Detail['topics'][number] }) {
  return (
    <Card data-testid="group-topic">
      <CardHeader
        title={t.topic}
        actions={
          <span className="flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-300">
            <span>
              lag <b className="tabular-nums">{formatNumber(t.lag)}</b>
            </span>
            {t.lagSeconds !== null && <span>{formatDuration(t.lagSeconds)} behind</span>}
            <StatusBadge status={t.status} />
            <Link
              href={`/topics/${encodeURIComponent(t.topic)}`}
              className="text-sky-700 hover:underline dark:text-sky-400"
            >
              topic
            </Link>
            <Writable role="admin">
              <DeleteTopicOffsetsDialog groupId={g.groupId} topic={t.topic} />
            </Writable>
          </span>
        }
      />
      <Table>
        <thead>
          <tr>
            <Th numeric>
              <Term k="partition" />
            </Th>
            <Th numeric>
              <Term k="committed-offset">Committed</Term>
            </Th>
            <Th numeric>
              <Term k="high-watermark">End</Term>
            </Th>
            <Th numeric>
              <Term k="lag" />
            </Th>
            <Th numeric>
              <Term k="lag-time">Lag (time)</Term>
            </Th>
            <Th numeric>Consume</Th>
            <Th numeric>Produce</Th>
            <Th numeric>Catch up</Th>
            <Th>Status</Th>
            <Th>Consumer</Th>
          </tr>
        </thead>
        <tbody>
          {t.partitions.map((p) => (
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
            <Td>Total</Td>
            <Td />
            <Td />
            <Td numeric mono>
              {formatNumber(t.lag)}
            </Td>
            <Td numeric>{t.lagSeconds === null ? '—' : formatDuration(t.lagSeconds)}</Td>
            <Td numeric>{rate(t.consumeRate)}</Td>
            <Td numeric>{rate(t.produceRate)}</Td>
            <Td colSpan={3} />
          </tr>
        </tbody>
      </Table>
    </Card>
  );
}

export function GroupDetail({ groupId }: { groupId: string }) {
  const q = useGroupQuery(groupId);
  if (q.isPending) return <Skeleton className="h-96" />;
  if (q.isError && !q.data) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  const g = q.data!;
  return (
    <div className="space-y-4">
      <PageHeader
        title={g.groupId}
        back={{ href: '/groups', label: 'Consumer groups' }}
        copy
        description={<HistoryNote since={g.historySince} intervalMs={g.sampleIntervalMs} />}
        actions={
          <div className="flex gap-2">
            <Writable>
              <ResetOffsetsDialog groupId={g.groupId} topics={g.topics.map((t) => t.topic)} />
            </Writable>
            <Writable role="admin">
              <DeleteGroupDialog groupId={g.groupId} />
            </Writable>
          </div>
        }
      />
      <Card className="grid grid-cols-2 gap-4 p-4 sm:grid-cols-4 lg:grid-cols-7">
        <Fact label="State">
          <StateBadge state={g.state} />
        </Fact>
        <Fact label="Status">
          <StatusBadge status={g.status} />
        </Fact>
        <Fact label="Protocol">
          <span title={g.protocol === 'consumer' ? 'The new consumer group protocol (KIP-848)' : undefined}>
            {g.protocol}
          </span>
        </Fact>
        <Fact label="Assignor">
          <span className="block truncate text-base" title={g.assignor ?? undefined}>
            {g.assignor ?? '—'}
          </span>
        </Fact>
        <Fact label="Coordinator">
          <Link href={`/brokers/${g.coordinator}`} className="text-sky-700 hover:underline dark:text-sky-400">
            broker {g.coordinator}
          </Link>
        </Fact>
        <Fact label="Total lag">
          <span data-testid="total-lag">{formatNumber(g.lag)}</span>
        </Fact>
        <Fact label="Lag (time)">{g.lagSeconds === null ? '—' : formatDuration(g.lagSeconds)}</Fact>
      </Card>
      <LagHistory groupId={g.groupId} topics={g.topics.map((t) => t.topic)} />
      <Members g={g} />
      {g.topics.length === 0 ? (
        <p className="text-sm text-zinc-500">This group has no committed offsets.</p>
      ) : (
        g.topics.map((t) => <TopicLag key={t.topic} g={g} t={t} />)
      )}
      <CliCommands title="This group from a terminal" build={(c) => describeGroup(c, g.groupId)} />
    </div>
  );
}
