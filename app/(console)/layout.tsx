import { Sidebar } from '@/components/layout/sidebar';
import { ConnectionBanner } from '@/components/layout/connection-banner';
import { ReadOnlyNote } from '@/components/layout/writable';
import { LoginScreen } from '@/components/auth/login-screen';
import { authConfig } from '@/lib/auth/config';
import { pageSignedIn } from '@/lib/auth/page-access';

// Reads the session cookie on every request: pages are per user.
export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  // With login on, nothing of the console renders (nor polls the API) until someone signs in. The API
  // enforces the same on every route; this is what the person at the browser sees.
  const auth = authConfig();
  if (auth.mode === 'login' && !(await pageSignedIn()))
    return (
      <LoginScreen
        noUsers={auth.users.size === 0 && !auth.oidc}
        passwords={auth.users.size > 0}
        sso={auth.oidc ? auth.oidc.label : null}
      />
    );
  return (
    <div className="flex h-dvh">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <ConnectionBanner />
        <ReadOnlyNote />
        <main className="min-h-0 flex-1 overflow-auto px-6 py-5">{children}</main>
      </div>
    </div>
  );
}
