import 'server-only';
import { processSlot } from '@/lib/process-state';
import * as oidc from 'openid-client';
import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@/lib/http/errors';
import { ROLES, type Role } from '@/lib/schemas/roles';
import type { AuthConfig, OidcConfig } from './config';

// OpenID Connect sign-in: authorization code flow with PKCE, state and nonce (openid-client). The flow's
// secrets travel in a short-lived signed httpOnly cookie between the two legs; the result is an ordinary
// Kafscope session whose role comes from the ID token's claims.

type Login = Extract<AuthConfig, { mode: 'login' }>;
export const FLOW_COOKIE = 'kafscope_oidc';
export const FLOW_SECONDS = 600;
export const callbackUrl = (c: OidcConfig) => new URL('/api/auth/oidc/callback', c.publicUrl);

const g = processSlot('oidc', () => ({ discovery: undefined as Promise<oidc.Configuration> | undefined }));
/** The provider's metadata (discovery), fetched once; a failure is retried on the next sign-in. */
function provider(c: OidcConfig): Promise<oidc.Configuration> {
  g.discovery ??= oidc
    .discovery(
      c.issuer,
      c.clientId,
      c.clientSecret ?? undefined,
      c.clientSecret ? undefined : oidc.None(),
      // plain http is accepted only for a provider on this machine (config.ts checks it)
      c.issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
    )
    .catch((e: unknown) => {
      g.discovery = undefined;
      throw new AppError(
        'broker_unavailable',
        `The sign-in provider ${c.issuer.href} did not answer its discovery request (${(e as Error).message}).`,
      );
    });
  return g.discovery;
}

/**
 * Only paths of this site are followed after sign-in (no open redirect): the path is resolved the way a
 * browser would (which drops tabs and newlines, so "/\t/evil.example" is "//evil.example"), must stay on
 * this origin, and only its path, query and hash are kept, never starting with "//".
 */
export function safeNext(next: string | null | undefined): string {
  if (!next) return '/';
  const base = new URL('http://kafscope.invalid/');
  let u: URL;
  try {
    u = new URL(next, base);
  } catch {
    return '/';
  }
  if (u.origin !== base.origin || !next.startsWith('/')) return '/';
  const path = `${u.pathname}${u.search}${u.hash}`;
  return path.startsWith('//') || path.startsWith('/\\') ? '/' : path;
}

/** Start: where to send the browser, and the flow cookie to set. */
export async function beginSignIn(cfg: Login, c: OidcConfig, next: string) {
  const config = await provider(c);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(c).href,
    scope: c.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const flow = await new SignJWT({ verifier, state, nonce, next: safeNext(next) })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('kafscope-oidc')
    .setExpirationTime(`${FLOW_SECONDS}s`)
    .sign(cfg.secret);
  return { url, flow };
}

/** The role an ID token's claims give (highest matching group), or the default; null: no access. */
export function roleFromClaims(c: OidcConfig, claims: Record<string, unknown>): Role | null {
  const raw = claims[c.rolesClaim];
  const have = new Set(
    Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[ ,]+/) : [],
  );
  for (const role of [...ROLES].reverse()) if (c.groups[role].some((grp) => have.has(grp))) return role;
  return c.defaultRole;
}

export type SignInResult =
  | { ok: true; username: string; role: Role; next: string }
  | { ok: false; reason: 'no_role' | 'failed'; next: string };

/** Finish: check the answer against the flow cookie, exchange the code, map the role. */
export async function finishSignIn(
  cfg: Login,
  c: OidcConfig,
  currentUrl: URL,
  flowToken: string | undefined,
): Promise<SignInResult> {
  let flow: { verifier: string; state: string; nonce: string; next: string };
  try {
    const { payload } = await jwtVerify(flowToken ?? '', cfg.secret, {
      algorithms: ['HS256'],
      audience: 'kafscope-oidc',
      requiredClaims: ['exp'],
    });
    flow = payload as typeof flow;
  } catch {
    return { ok: false, reason: 'failed', next: '/' };
  }
  try {
    const config = await provider(c);
    // The provider redirected to the public URL; check it against that, not the internal address.
    const answered = new URL(callbackUrl(c));
    answered.search = currentUrl.search;
    const tokens = await oidc.authorizationCodeGrant(config, answered, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    const username = String(claims.preferred_username ?? claims.email ?? claims.sub);
    const role = roleFromClaims(c, claims);
    if (!role) return { ok: false, reason: 'no_role', next: flow.next };
    return { ok: true, username, role, next: flow.next };
  } catch (e) {
    console.error('[kafscope] OIDC sign-in failed:', (e as Error).message);
    return { ok: false, reason: 'failed', next: flow.next };
  }
}
