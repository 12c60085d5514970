import { NextResponse } from 'next/server';
import { cookieOptions, SESSION_COOKIE } from '@/lib/auth/session';
import { route } from '@/lib/http/route';
import { viaHttps } from '@/lib/http/guard';

export const dynamic = 'force-dynamic';

// POST /api/auth/logout - clears the session cookie (sessions are stateless: the cookie is the session)
export const POST = route(
  {},
  async ({ request }) => {
    const res = NextResponse.json({ signedOut: true }, { headers: { 'Cache-Control': 'no-store' } });
    res.cookies.set(SESSION_COOKIE, '', cookieOptions(viaHttps(request), 0));
    return res;
  },
  { access: 'public' },
);
