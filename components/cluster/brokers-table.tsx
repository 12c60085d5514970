import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import type { Broker } from '@/lib/types';

export function BrokersTable({ brokers }: { brokers: Broker[] }) {
  const t = useTranslations('brokers');
  return (
    <Table data-testid="brokers-table">
      <thead>
        <tr>
          <Th numeric className="w-16">
            ID
          </Th>
          <Th>{t('address')}</Th>
          <Th>{t('rack')}</Th>
          <Th>{t('role')}</Th>
          <Th numeric>{t('leaderPartitions')}</Th>
          <Th numeric>{t('replicas')}</Th>
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
                <Badge tone="info">{t('activeController')}</Badge>
              ) : (
                <span className="text-zinc-500">{t('broker')}</span>
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
