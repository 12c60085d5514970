import type { Metadata } from 'next';
import { resourceTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { GET } from '@/app/api/topics/[topic]/route';
import { TopicDetail } from '@/components/topics/topic-detail';
import { topicKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi } from '@/lib/http/page-data';
import { topicDetailSchema, topicNameSchema } from '@/lib/schemas/topics';
import { decodeParam } from '@/lib/url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceTitle(await pageSignedIn(), decodeParam((await params).topic));
}

export default async function TopicPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const name = decodeParam((await params).topic);
  if (name === null || !topicNameSchema.safeParse(name).success) notFound();
  // The topic as GET /api/topics/:topic answers it, into the browser's cache. An unknown name is a real
  // 404 page; an unreachable cluster is not (the view fetches again and says so).
  const r = await fromApi(GET, `/api/topics/${encodeURIComponent(name)}`, { topic: name }, topicDetailSchema);
  if (r.status === 404 || r.status === 400) notFound();
  return (
    <HydrationBoundary state={cacheWith([[topicKeys.detail(name), r.data]])}>
      <TopicDetail name={name} />
    </HydrationBoundary>
  );
}
