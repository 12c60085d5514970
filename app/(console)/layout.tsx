import { Shell } from '@/components/layout/shell';
import { ConnectionBanner } from '@/components/layout/connection-banner';
import { ShellNotes } from '@/components/layout/writable';
import { readOnly } from '@/lib/http/guard';
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
    <Shell
      notes={
        <>
          <ConnectionBanner />
          <ShellNotes loginOff={auth.mode === 'off'} readOnly={readOnlyOrFalse()} />
        </>
      }
    >
      {children}
    </Shell>
  );
}

/** A bad KAFSCOPE_READ_ONLY answers 503 on every change (the API says why); the frame still renders. */
function readOnlyOrFalse() {
  try {
    return readOnly();
  } catch {
    return false;
  }
}
