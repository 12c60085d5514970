import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';
import { PageHeader } from '@/components/layout/page-header';

export function TopicsSkeleton() {
  const t = useTranslations('topics');
  return (
    <div className="flex h-full flex-col">
      <PageHeader title={t('title')} />
      <Skeleton className="h-64" />
    </div>
  );
}
