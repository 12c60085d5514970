import { Skeleton } from '@/components/ui/skeleton';
import { PageHeader } from '@/components/layout/page-header';

export function TopicsSkeleton() {
  return (
    <div className="flex h-full flex-col">
      <PageHeader title="Topics" />
      <Skeleton className="h-64" />
    </div>
  );
}
