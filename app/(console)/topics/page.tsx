import type { Metadata } from 'next';
import { pageSignedIn } from '@/lib/auth/page-access';
import { connection } from 'next/server';
import { TopicsView } from '@/components/topics/topics-view';
import { listTopics } from '@/lib/kafka/topics/list';
import type { TopicList } from '@/lib/types';

export const metadata: Metadata = { title: 'Topics' };

// How long the server waits for the list before sending the page without it (the browser then fetches it
// itself, and the server's in-flight computation is shared with that fetch).
const SERVER_WAIT_MS = 2_000;

export default async function TopicsPage() {
  await connection();
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const initial = await Promise.race([
    listTopics().catch(() => undefined), // an unreachable cluster: the browser's own fetch shows the error
    new Promise<undefined>((r) => setTimeout(r, SERVER_WAIT_MS)),
  ]);
  return <TopicsView initial={initial satisfies TopicList | undefined} />;
}
