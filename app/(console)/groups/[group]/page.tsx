import type { Metadata } from 'next';
import { pageSignedIn } from '@/lib/auth/page-access';
import { decodeParam } from '@/lib/url';
import { notFound } from 'next/navigation';
import { GroupDetail } from '@/components/groups/group-detail';
import { groupExists } from '@/lib/kafka/groups/service';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageSignedIn())) return { title: 'Sign in' };
  return { title: decodeParam((await params).group) ?? 'Not found' };
}

export default async function GroupPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const id = decodeParam((await params).group);
  // An unknown group is a real 404 page; an unreachable cluster is not (the view says so).
  if (id === null || !id || (await groupExists(id)) === false) notFound();
  return <GroupDetail groupId={id} />;
}
