import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { FLOW_COOKIE, callbackUrl, finishSignIn } from '@/lib/auth/oidc';
import { cookieOptions, createSession, SESSION_COOKIE } from '@/lib/auth/session';
import { audit, viaHttps } from '@/lib/http/guard';
import { route } from '@/lib/http/route';
import { AppError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

// GET /api/auth/oidc/callback?code&state - the provider's answer: a session and back to the page asked
// for, or back to the sign-in screen with a reason (?sso_error=no_role|failed). Audited either way.
export const GET = route(
  {},
  async ({ request }) => {
    const cfg = authConfig();
    if (cfg.mode !== 'login' || !cfg.oidc)
      throw new AppError('not_found', 'Single sign-on is not configured on this Kafscope.');
    const result = await finishSignIn(
      cfg,
      cfg.oidc,
      request.nextUrl,
      request.cookies.get(FLOW_COOKIE)?.value,
    );
    const base = callbackUrl(cfg.oidc);
    // safeNext kept only a path of this site; checked once more where the redirect is made.
    let to = new URL(result.next, base);
    if (to.origin !== base.origin) to = new URL('/', base);
    if (!result.ok) to.searchParams.set('sso_error', result.reason);
    const res = NextResponse.redirect(to, 302);
    res.cookies.set(FLOW_COOKIE, '', { path: '/api/auth/oidc', maxAge: 0 });
    const secure = viaHttps(request) || base.protocol === 'https:';
    if (result.ok)
      res.cookies.set(
        SESSION_COOKIE,
        await createSession(cfg, result.username, { role: result.role }),
        cookieOptions(secure, cfg.sessionSeconds),
      );
    audit(
      request,
      result.ok ? 200 : 403,
      result.ok ? undefined : `single sign-on refused: ${result.reason}`,
      result.ok ? result.username : undefined,
    );
    return res;
  },
  { access: 'public' },
);
