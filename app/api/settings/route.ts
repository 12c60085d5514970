import { authConfig } from '@/lib/auth/config';
import { route } from '@/lib/http/route';
import { readOnly } from '@/lib/http/guard';
import { roleIn, visibleClusters } from '@/lib/http/access';

export const dynamic = 'force-dynamic';

// GET /api/settings - what the UI needs to know about this server: read-only mode, whether login is on, who
// is signed in (public: the login screen reads it too), and the clusters they may see with their role and
// read-only flag there (none before sign-in)
export const GET = route(
  {},
  async ({ user }) => {
    const auth = authConfig();
    const signedIn = auth.mode === 'off' || user !== null;
    return {
      readOnly: readOnly(),
      auth: { mode: auth.mode, user },
      clusters: signedIn
        ? visibleClusters(user).map((c) => ({
            name: c.name,
            readOnly: c.readOnly,
            role: user && auth.mode === 'login' ? roleIn(c, user) : null,
          }))
        : [],
    };
  },
  { access: 'public' },
);
