import { LoginScreen } from '@/components/auth/login-screen';
import { authConfig } from '@/lib/auth/config';
import { pageSignedIn } from '@/lib/auth/page-access';

// Reads the session cookie on every request: pages are per user.
export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  // With login on, nothing of the console renders (nor polls the API) until someone signs in. The API
  // enforces the same on every route; this is what the person at the browser sees. The frame (the shell)
  // is drawn by the clusters home and by each cluster's layout (c/[cluster]/layout.tsx).
  const auth = authConfig();
  if (auth.mode === 'login' && !(await pageSignedIn()))
    return (
      <LoginScreen
        noUsers={auth.users.size === 0 && !auth.oidc}
        passwords={auth.users.size > 0}
        sso={auth.oidc ? auth.oidc.label : null}
      />
    );
  return children;
}
