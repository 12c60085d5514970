import type { Metadata } from 'next';
import { resourceTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { GET } from '@/app/api/clusters/[cluster]/groups/[group]/route';
import { GroupDetail } from '@/components/groups/group-detail';
import { groupKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi } from '@/lib/http/page-data';
import { groupDetailSchema } from '@/lib/schemas/groups';
import { decodeParam } from '@/lib/url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceTitle(await pageSignedIn(), decodeParam((await params).group));
}

export default async function GroupPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const id = decodeParam((await params).group);
  if (id === null || !id) notFound();
  // The group as GET /api/groups/:group answers it, into the browser's cache. An unknown group is a real
  // 404 page; an unreachable cluster is not (the view fetches again and says so).
  const r = await fromApi(
    GET,
    `/api/groups/${encodeURIComponent(id)}`,
    { cluster: (await params).cluster, group: id },
    groupDetailSchema,
  );
  if (r.status === 404 || r.status === 400) notFound();
  return (
    <HydrationBoundary state={cacheWith([[groupKeys.detail(id), r.data]])}>
      <GroupDetail groupId={id} />
    </HydrationBoundary>
  );
}
