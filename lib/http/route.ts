import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z, type ZodType } from 'zod';
import { AppError } from '@/lib/http/errors';
import { toAppError } from '@/lib/kafka/base/errors';
import type { SessionUser } from '@/lib/auth/session';
import { authorize, clusterFor, roleIn, requireRole, type AccessOptions } from './access';
import { inCluster } from '@/lib/clusters/context';
import { audit, checkSameOrigin, checkWritable, isMutation } from './guard';

// The one wrapper every API handler goes through: validate params, query and body with the shared zod
// schemas, run the service, and map every failure to { error: { code, message } } with the right status.
// No stack trace ever reaches a client.

type Schemas = { params?: ZodType; query?: ZodType; body?: ZodType };
type Parsed<S extends Schemas> = {
  params: S['params'] extends ZodType ? z.infer<S['params']> : undefined;
  query: S['query'] extends ZodType ? z.infer<S['query']> : undefined;
  body: S['body'] extends ZodType ? z.infer<S['body']> : undefined;
  request: NextRequest;
  /** The signed-in user; null when login is off. */
  user: SessionUser | null;
};
type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Who = { user: SessionUser | null; cluster?: string; changes?: Record<string, unknown> };

const describe = (e: z.ZodError) =>
  e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

export function errorResponse(err: AppError) {
  return NextResponse.json({ error: { code: err.code, message: err.message } }, { status: err.status });
}

function parse<T>(schema: ZodType<T> | undefined, value: unknown, what: string): T | undefined {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('validation_failed', `Invalid ${what}: ${describe(r.error)}`);
  return r.data;
}

/** Request bodies above this are refused (413) before they are parsed. */
export const BODY_MAX_BYTES = 16 * 1024 * 1024;

async function readJson(req: NextRequest): Promise<unknown> {
  const tooLarge = () =>
    new AppError('too_large', `The request body is over ${BODY_MAX_BYTES / 1024 / 1024} MB.`);
  if (Number(req.headers.get('content-length') ?? 0) > BODY_MAX_BYTES) throw tooLarge();
  // A chunked body has no length up front: count while reading.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body)
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > BODY_MAX_BYTES) throw tooLarge();
      chunks.push(chunk);
    }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {};
  // JSON only as JSON: a text/plain or form body is what a cross-site <form> can send without a preflight.
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type))
    throw new AppError(
      'unsupported_media_type',
      `The request body must be JSON sent as Content-Type: application/json (got ${type || 'none'}).`,
    );
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

/**
 * `options.access`: who may call it (default viewer for GET, editor for changes; see access.ts).
 * Order of checks: same-origin (changes), sign-in and role, read-only mode (changes), then the input.
 */
export function route<S extends Schemas, R>(
  schemas: S,
  handler: (input: Parsed<S>) => Promise<R>,
  options: AccessOptions = {},
) {
  return async (request: NextRequest, ctx: RouteContext) => {
    const mutation = isMutation(request);
    const who: Who = { user: null };
    const res = await run(request, ctx, who);
    if (mutation)
      audit(
        request,
        res.status,
        res.status >= 400 ? await errorText(res) : undefined,
        who.user?.username,
        who.cluster ? { cluster: who.cluster, ...who.changes } : who.changes,
      );
    return res;
  };

  async function run(request: NextRequest, ctx: RouteContext, who: Who): Promise<Response> {
    try {
      const mutation = isMutation(request);
      const access = options.access ?? (mutation ? 'editor' : 'viewer');
      // Same-origin first, so a forged sign-in is refused too; read-only once the caller is known.
      if (mutation) checkSameOrigin(request);
      who.user = await authorize(request, access, options);
      const rawParams = ctx?.params ? await ctx.params : {};
      // Under /api/clusters/<cluster>/: the user's role there (the file may lower it), and its read-only flag.
      const cluster = typeof rawParams.cluster === 'string' ? clusterFor(rawParams.cluster, who.user) : null;
      if (cluster) who.cluster = cluster.name;
      requireRole(who.user && cluster ? { ...who.user, role: roleIn(cluster, who.user) } : who.user, access);
      if (mutation && access !== 'public') checkWritable(cluster);
      const params = parse(schemas.params, rawParams, 'path');
      const query = parse(schemas.query, Object.fromEntries(request.nextUrl.searchParams), 'query');
      const body = schemas.body ? parse(schemas.body, await readJson(request), 'body') : undefined;
      if (options.audit) who.changes = options.audit({ params, query, body });
      const input = { params, query, body, request, user: who.user } as Parsed<S>;
      const result = await (cluster ? inCluster(cluster, () => handler(input)) : handler(input));
      if (result instanceof Response) return result;
      return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
    } catch (e) {
      const err = toAppError(e);
      if (err.code === 'internal' && !(e instanceof AppError))
        console.error('[kafscope] unexpected error', e);
      return errorResponse(err);
    }
  }
}

/** The message of an error answer, for the audit line (the body is read from a clone). */
async function errorText(res: Response): Promise<string | undefined> {
  try {
    const body = (await res.clone().json()) as { error?: { message?: string } };
    return body.error?.message;
  } catch {
    return undefined;
  }
}
