'use client';
import Link from 'next/link';
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
  return (
    <Card>
      <CardHeader title="Share-partitions" />
      <Table data-testid="share-partitions">
        <thead>
          <tr>
            <Th>Topic</Th>
            <Th numeric>Partition</Th>
            <Th
              numeric
              title="Share-partition start offset: every record before it is acknowledged or archived"
            >
              Start offset
            </Th>
            <Th numeric>End</Th>
            <Th numeric>Lag{upperBound ? ' (at most)' : ''}</Th>
            <Th>Consumers</Th>
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
      {upperBound && (
        <p className="px-3 py-2 text-xs text-zinc-500">
          This broker does not report share-partition lag (Kafka 4.2+ does): lag is the end offset minus the
          start offset, which counts records in flight too.
        </p>
      )}
    </Card>
  );
}

function Members({ g }: { g: Detail }) {
  return (
    <Card>
      <CardHeader title="Members" />
      {g.memberList.length === 0 ? (
        <p className="px-3 py-3 text-sm text-zinc-500">No consumer is connected.</p>
      ) : (
        <Table data-testid="share-members">
          <thead>
            <tr>
              <Th>Client</Th>
              <Th>Host</Th>
              <Th>Subscribed</Th>
              <Th>Assigned</Th>
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
  if (q.isPending) return <Skeleton className="h-64" />;
  if (q.isError && !q.data) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  const g = q.data!;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={g.groupId}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href="/share-groups" className="text-sky-700 hover:underline dark:text-sky-400">
              Share groups
            </Link>
            <StateBadge state={g.state} />
            <span>
              {formatNumber(g.members)} member{g.members === 1 ? '' : 's'} · lag {formatNumber(g.lag)} ·
              coordinator broker {g.coordinator}
              {g.assignor ? ` · assignor ${g.assignor}` : ''}
            </span>
          </span>
        }
      />
      <Partitions g={g} />
      <Members g={g} />
    </div>
  );
}
