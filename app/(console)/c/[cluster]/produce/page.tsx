import { Suspense } from 'react';
import { pageTitle } from '@/lib/i18n/metadata';
import { ProducePage } from '@/components/produce/produce-page';
import { Skeleton } from '@/components/ui/skeleton';

export const generateMetadata = pageTitle('produce');

export default function Page() {
  // The chosen topic lives in the URL (?topic=), read with useSearchParams: that needs a Suspense boundary.
  return (
    <Suspense fallback={<Skeleton className="h-96" />}>
      <ProducePage />
    </Suspense>
  );
}
