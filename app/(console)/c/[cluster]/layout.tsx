import { notFound } from 'next/navigation';
import { Shell } from '@/components/layout/shell';
import { ConnectionBanner } from '@/components/layout/connection-banner';
import { ShellNotes } from '@/components/layout/writable';
import { ClusterScope } from '@/lib/api/cluster-scope';
import { authConfig } from '@/lib/auth/config';
import { pageCluster, pageSignedIn } from '@/lib/auth/page-access';
import { readOnlyOrFalse } from '@/lib/http/guard';

export const dynamic = 'force-dynamic';

// Every page of one cluster (/c/<cluster>/...): its name and query cache for the hooks below, and the shell.
// A cluster that is not configured, or that this user may not see, is a 404.
export default async function ClusterLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ cluster: string }>;
}) {
  if (!(await pageSignedIn())) return null; // the console layout shows the sign-in screen
  const cluster = await pageCluster((await params).cluster);
  if (!cluster) notFound();
  return (
    <ClusterScope name={cluster.name}>
      <Shell
        notes={
          <>
            <ConnectionBanner />
            <ShellNotes
              loginOff={authConfig().mode === 'off'}
              readOnly={readOnlyOrFalse() || cluster.readOnly}
            />
          </>
        }
      >
        {children}
      </Shell>
    </ClusterScope>
  );
}
