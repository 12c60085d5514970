import { authConfig } from '@/lib/auth/config';
import { route } from '@/lib/http/route';
import { readOnly } from '@/lib/http/guard';

export const dynamic = 'force-dynamic';

// GET /api/settings - what the UI needs to know about this server: read-only mode, whether login is on, and
// who is signed in (public: the login screen reads it too)
export const GET = route(
  {},
  async ({ user }) => {
    const auth = authConfig();
    return {
      readOnly: readOnly(),
      auth: { mode: auth.mode, user },
    };
  },
  { access: 'public' },
);
