'use client';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Term } from '@/components/ui/term';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { StateBadge } from '@/components/groups/status-badge';
import { useShareGroupsQuery } from '@/lib/api/share-groups';
import { formatNumber } from '@/lib/format';

export const shareGroupHref = (id: string) => `/share-groups/${encodeURIComponent(id)}`;

const ABOUT =
  'Share groups (KIP-932, "queues for Kafka") let many consumers read the same partitions record by record; each record is acknowledged on its own. Lag counts the records not yet acknowledged.';

export function ShareGroupsView() {
  const q = useShareGroupsQuery();
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title="Share groups"
        description={
          <>
            <Term k="share-group">Share groups</Term>
            {ABOUT.slice('Share groups'.length)}
          </>
        }
      />
      {q.isPending ? (
        <Skeleton className="h-40" />
      ) : q.isError && !q.data ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : !q.data!.supported ? (
        <Card className="p-4 text-sm text-zinc-600 dark:text-zinc-300" data-testid="share-groups-unsupported">
          {q.data!.reason}
        </Card>
      ) : q.data!.groups.length === 0 ? (
        <Card className="p-4 text-sm text-zinc-600 dark:text-zinc-300">
          No share groups yet. A consumer built with <code>KafkaShareConsumer</code> (or{' '}
          <code>kafka-console-share-consumer.sh --group NAME</code>) creates one.
        </Card>
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>Group</Th>
                <Th>State</Th>
                <Th numeric>Members</Th>
                <Th>Topics</Th>
                <Th numeric>Partitions</Th>
                <Th numeric>Lag</Th>
              </tr>
            </thead>
            <tbody>
              {q.data!.groups.map((g) => (
                <tr key={g.groupId}>
                  <Td mono>
                    <Link
                      prefetch={false}
                      href={shareGroupHref(g.groupId)}
                      className="text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {g.groupId}
                    </Link>
                  </Td>
                  <Td>
                    <StateBadge state={g.state} />
                  </Td>
                  <Td numeric>{formatNumber(g.members)}</Td>
                  <Td mono>{g.topics.join(', ')}</Td>
                  <Td numeric>{formatNumber(g.partitions)}</Td>
                  <Td numeric>{formatNumber(g.lag)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
