'use client';
import { useTranslations } from 'next-intl';
import { useSettingsQuery } from '@/lib/api/cluster';
import { useCan } from '@/components/layout/writable';
import dynamic from 'next/dynamic';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

// In the browser only: the form starts from the inputs this browser remembers for the topic (localStorage).
const ProduceForm = dynamic(() => import('./produce-form'), {
  ssr: false,
  loading: () => <Skeleton className="h-96" />,
});

/** The produce form in a card, for a topic's Produce tab and the global Produce page. */
export function ProduceCard({ topic, partitions }: { topic: string; partitions: number }) {
  const settings = useSettingsQuery().data;
  const can = useCan('editor');
  const t = useTranslations('produce');
  if (settings && !can)
    return (
      <Card className="p-4 text-sm text-zinc-600 dark:text-zinc-300">
        {settings.readOnly ? t('readOnly') : t('needsEditor', { role: settings.auth.user?.role ?? 'none' })}
      </Card>
    );
  return (
    <Card className="p-4">
      <ProduceForm key={topic} topic={topic} partitions={partitions} />
    </Card>
  );
}
