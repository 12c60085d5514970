import type { Metadata } from 'next';
import { resourceTitle } from '@/lib/i18n/metadata';
import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { GET } from '@/app/api/clusters/[cluster]/schemas/[subject]/route';
import { SubjectDetail } from '@/components/schemas/subject-detail';
import { schemaKeys } from '@/lib/api/keys';
import { pageSignedIn } from '@/lib/auth/page-access';
import { cacheWith, fromApi } from '@/lib/http/page-data';
import { subjectDetailSchema } from '@/lib/schemas/registry';
import { decodeParam } from '@/lib/url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; subject: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceTitle(await pageSignedIn(), decodeParam((await params).subject));
}

export default async function SubjectPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const subject = decodeParam((await params).subject);
  if (!subject) notFound();
  // A subject the registry does not have is a real 404; a registry that cannot be reached is not.
  const r = await fromApi(
    GET,
    `/api/schemas/${encodeURIComponent(subject)}`,
    { cluster: (await params).cluster, subject },
    subjectDetailSchema,
  );
  if (r.status === 404 || r.status === 400) notFound();
  return (
    <HydrationBoundary state={cacheWith([[schemaKeys.subject(subject), r.data]])}>
      <SubjectDetail subject={subject} />
    </HydrationBoundary>
  );
}
