import { NextResponse, type NextRequest } from 'next/server';
import { configuredHosts, hostAllowed, requestedHost } from '@/lib/http/hosts';

// Runs before every request (Next's proxy convention, formerly middleware; it must live at the top level).
// Only the Host check lives here: it needs nothing but env. Sessions are checked where the data is read
// (the route wrapper for the API, lib/auth/page-access.ts for pages), since the session secret may be a
// per-process random one that a separately bundled proxy would not share.
export function proxy(request: NextRequest) {
  const host = requestedHost(request.headers, process.env);
  if (hostAllowed(host, configuredHosts(process.env))) return wellFormed(request);
  const message =
    `This Kafscope does not answer to the host "${host ?? ''}". Open it as localhost or 127.0.0.1, or ` +
    'add the name to KAFSCOPE_PUBLIC_URL or KAFSCOPE_ALLOWED_HOSTS.';
  if (request.nextUrl.pathname.startsWith('/api/'))
    return NextResponse.json({ error: { code: 'forbidden', message } }, { status: 403 });
  return new NextResponse(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** The first path segment whose percent-escapes do not decode (%FF, %, %zz, %C0%AE), or null. */
function badSegment(pathname: string): string | null {
  for (const seg of pathname.split('/'))
    try {
      decodeURIComponent(seg);
    } catch {
      return seg;
    }
  return null;
}

// Next answers a path whose escapes do not decode with a bare 500 before any route runs: say what is
// wrong instead (400 JSON on the API, the not-found page for pages).
function wellFormed(request: NextRequest) {
  const bad = badSegment(request.nextUrl.pathname);
  if (bad === null) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith('/api/'))
    return NextResponse.json(
      {
        error: {
          code: 'bad_request',
          message: `The path segment "${bad}" is not valid percent-encoding (a "%" must be followed by two hex digits of UTF-8).`,
        },
      },
      { status: 400 },
    );
  return NextResponse.rewrite(new URL('/_kafscope/not-found', request.url), { status: 404 });
}
