import { Suspense } from 'react';
import { preload } from 'react-dom';
import type { Metadata } from 'next';
import { TopicsView } from '@/components/topics/topics-view';
import { TopicsSkeleton } from '@/components/topics/topics-skeleton';

export const metadata: Metadata = { title: 'Topics' };

export default function TopicsPage() {
  // The browser starts fetching the list as soon as the page's <head> arrives, while the JavaScript loads;
  // the view's own fetch of the same URL then picks up that response instead of starting after hydration.
  preload('/api/topics', { as: 'fetch', crossOrigin: 'anonymous' });
  // Search and sort live in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense fallback={<TopicsSkeleton />}>
      <TopicsView />
    </Suspense>
  );
}
