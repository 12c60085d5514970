import type { Metadata } from 'next';
import { resourceTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { GET } from '@/app/api/clusters/[cluster]/share-groups/[group]/route';
import { ShareGroupDetail } from '@/components/share-groups/share-group-detail';
import { shareGroupKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi } from '@/lib/http/page-data';
import { shareGroupDetailSchema } from '@/lib/schemas/share-groups';
import { decodeParam } from '@/lib/url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceTitle(await pageSignedIn(), decodeParam((await params).group));
}

export default async function ShareGroupPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const id = decodeParam((await params).group);
  if (id === null || !id) notFound();
  const r = await fromApi(
    GET,
    `/api/share-groups/${encodeURIComponent(id)}`,
    { cluster: (await params).cluster, group: id },
    shareGroupDetailSchema,
  );
  if (r.status === 404 || r.status === 400) notFound();
  return (
    <HydrationBoundary state={cacheWith([[shareGroupKeys.detail(id), r.data]])}>
      <ShareGroupDetail groupId={id} />
    </HydrationBoundary>
  );
}
