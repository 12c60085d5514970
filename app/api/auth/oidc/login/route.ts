import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authConfig } from '@/lib/auth/config';
import { FLOW_COOKIE, FLOW_SECONDS, beginSignIn } from '@/lib/auth/oidc';
import { viaHttps } from '@/lib/http/guard';
import { route } from '@/lib/http/route';
import { AppError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

// GET /api/auth/oidc/login?next=/path - off to the OpenID Connect provider (302), with the flow cookie
export const GET = route(
  { query: z.object({ next: z.string().max(2000).optional() }) },
  async ({ query, request }) => {
    const cfg = authConfig();
    if (cfg.mode !== 'login' || !cfg.oidc)
      throw new AppError('not_found', 'Single sign-on is not configured on this Kafscope.');
    const { url, flow } = await beginSignIn(cfg, cfg.oidc, query.next ?? '/');
    const res = NextResponse.redirect(url, 302);
    res.cookies.set(FLOW_COOKIE, flow, {
      httpOnly: true,
      sameSite: 'lax', // sent on the provider's redirect back, a top-level navigation
      secure: viaHttps(request),
      path: '/api/auth/oidc',
      maxAge: FLOW_SECONDS,
    });
    return res;
  },
  { access: 'public' },
);
