import { Suspense } from 'react';
import type { Metadata } from 'next';
import { ProducePage } from '@/components/produce/produce-page';
import { Skeleton } from '@/components/ui/skeleton';

export const metadata: Metadata = { title: 'Produce' };

export default function Page() {
  // The chosen topic lives in the URL (?topic=), read with useSearchParams: that needs a Suspense boundary.
  return (
    <Suspense fallback={<Skeleton className="h-96" />}>
      <ProducePage />
    </Suspense>
  );
}
