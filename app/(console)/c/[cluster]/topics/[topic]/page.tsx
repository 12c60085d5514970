import type { Metadata } from 'next';
import { resourceTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { GET } from '@/app/api/clusters/[cluster]/topics/[topic]/route';
import { TopicDetail } from '@/components/topics/topic-detail';
import { topicKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi, streamWithin } from '@/lib/http/page-data';
import { GET as readMessagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { createParser } from 'eventsource-parser';
import { foldRead, parseStreamEvent } from '@/lib/api/message-fold';
import { messagesUrl, readParams } from '@/components/messages/viewer-params';
import type { StreamEvent } from '@/lib/schemas/stream';
import { topicDetailSchema, topicNameSchema } from '@/lib/schemas/topics';
import { decodeParam } from '@/lib/url';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ cluster: string; topic: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The Messages tab's first read is made here when it is quick (issue 17: data at first paint); past this
// wait the page goes without it and the browser reads it itself.
const READ_WAIT_MS = 1_500;

/** The Messages tab's read for this address, as the stream hook would show it when finished; else null. */
async function firstRead(
  cluster: string,
  name: string,
  query: Record<string, string | string[] | undefined>,
) {
  const sp = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])),
  );
  const view = readParams(sp);
  if (sp.get('tab') !== 'messages' || view.live === '1') return null;
  const url = messagesUrl(name, view);
  const body = await streamWithin(READ_WAIT_MS, readMessagesRoute, url, { cluster, topic: name });
  if (body === null) return null;
  const events: StreamEvent[] = [];
  const parser = createParser({ onEvent: (m) => events.push(parseStreamEvent(m.event, m.data)) });
  parser.feed(body);
  // Only a read that ended by itself (done or an error event) stands for what the browser would show.
  if (!events.some((e) => e.type === 'done' || e.type === 'error')) return null;
  return foldRead(url, events, view.start === 'newest');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceTitle(await pageSignedIn(), decodeParam((await params).topic));
}

export default async function TopicPage({ params, searchParams }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const { cluster, topic } = await params;
  const name = decodeParam(topic);
  if (name === null || !topicNameSchema.safeParse(name).success) notFound();
  // The topic as GET /api/topics/:topic answers it, into the browser's cache. An unknown name is a real
  // 404 page; an unreachable cluster is not (the view fetches again and says so).
  const [r, seed] = await Promise.all([
    fromApi(GET, `/api/topics/${encodeURIComponent(name)}`, { cluster, topic: name }, topicDetailSchema),
    firstRead(cluster, name, await searchParams),
  ]);
  if (r.status === 404 || r.status === 400) notFound();
  return (
    <HydrationBoundary state={cacheWith([[topicKeys.detail(name), r.data]])}>
      <TopicDetail name={name} seed={seed} />
    </HydrationBoundary>
  );
}
