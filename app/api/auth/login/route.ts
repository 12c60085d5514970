import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authConfig } from '@/lib/auth/config';
import { checkPassword, cookieOptions, createSession, SESSION_COOKIE } from '@/lib/auth/session';
import { clientAddress, viaHttps } from '@/lib/http/guard';
import { route } from '@/lib/http/route';
import { AppError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

const loginSchema = z.object({
  username: z.string().trim().min(1, 'Enter a user name.').max(64),
  password: z.string().min(1, 'Enter a password.').max(1024),
});

// POST /api/auth/login {username, password} - 200 and an httpOnly session cookie; 401 wrong; 429 too many tries
export const POST = route(
  { body: loginSchema },
  async ({ body, request }) => {
    const cfg = authConfig();
    if (cfg.mode === 'off')
      throw new AppError('conflict', 'Login is off on this Kafscope (KAFSCOPE_AUTH=off).');
    if (cfg.users.size === 0)
      throw new AppError('unauthorized', 'No users are configured: set KAFSCOPE_USERS_FILE and restart.');
    const user = await checkPassword(cfg, body.username, body.password, clientAddress(request));
    const res = NextResponse.json(user, { headers: { 'Cache-Control': 'no-store' } });
    const secure = viaHttps(request);
    res.cookies.set(
      SESSION_COOKIE,
      await createSession(cfg, user.username),
      cookieOptions(secure, cfg.sessionSeconds),
    );
    return res;
  },
  // The account a sign-in was for (its password never).
  { access: 'public', audit: ({ body }) => ({ account: body.username }) },
);
