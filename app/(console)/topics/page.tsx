import { Suspense } from 'react';
import type { Metadata } from 'next';
import { TopicsView } from '@/components/topics/topics-view';

export const metadata: Metadata = { title: 'Topics' };

export default function TopicsPage() {
  // Search and sort live in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <TopicsView />
    </Suspense>
  );
}
