import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import type { Broker } from '@/lib/types';

export function BrokersTable({ brokers }: { brokers: Broker[] }) {
  return (
    <Table data-testid="brokers-table">
      <thead>
        <tr>
          <Th numeric className="w-16">
            ID
          </Th>
          <Th>Address</Th>
          <Th>Rack</Th>
          <Th>Role</Th>
          <Th numeric>Leader partitions</Th>
          <Th numeric>Replicas</Th>
        </tr>
      </thead>
      <tbody>
        {brokers.map((b) => (
          <tr key={b.id}>
            <Td numeric mono>
              <Link href={`/brokers/${b.id}`} className="text-sky-700 hover:underline dark:text-sky-400">
                {b.id}
              </Link>
            </Td>
            <Td mono>
              {b.host}:{b.port}
            </Td>
            <Td className="text-zinc-500">{b.rack ?? '—'}</Td>
            <Td>
              {b.isController ? (
                <Badge tone="info">active controller</Badge>
              ) : (
                <span className="text-zinc-500">broker</span>
              )}
            </Td>
            <Td numeric>{formatNumber(b.leaderCount)}</Td>
            <Td numeric>{formatNumber(b.replicaCount)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
