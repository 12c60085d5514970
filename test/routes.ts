import { NextRequest } from 'next/server';

// Call a route handler the way Next does: a NextRequest plus the (async) params object.
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler,
  params: Record<string, string>,
  init: { method?: string; body?: unknown; query?: string } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies field by field
): Promise<{ status: number; body: any }> {
  const url = `http://localhost/api/test${init.query ?? ''}`;
  const res = await handler(
    new NextRequest(url, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, body: await res.json() };
}

/** Call a handler with a method, path, headers and an optional session cookie; any answer type. */
export async function callAs(
  handler: Handler,
  opts: {
    method?: string;
    path?: string;
    params?: Record<string, string>;
    body?: unknown;
    cookie?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = new Headers(opts.headers);
  if (opts.body !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  if (opts.cookie) headers.set('cookie', `kafscope_session=${opts.cookie}`);
  const res = await handler(
    new NextRequest(`http://localhost${opts.path ?? '/api/x'}`, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) },
  );
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* metrics answer text */
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
  return { status: res.status, body: body as any, setCookie: res.headers.get('set-cookie') };
}
