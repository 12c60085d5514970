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
