import { apiErrorSchema } from '@/lib/schemas/error';
import type { ZodType } from 'zod';

/** An error answered by our API, with its code and status (503 = the cluster is unreachable). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
  get unavailable() {
    return this.status === 503;
  }
}

/** Fetch JSON from our API and validate it against the shared schema. */
export async function apiFetch<T>(path: string, schema: ZodType<T>, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch (e) {
    if (init?.signal?.aborted) throw e; // cancelled (the view went away): not a network failure
    throw new ApiRequestError(0, 'network', 'Kafscope server is not reachable.');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    // The session ended (expired, or the user was removed): reload, and the server shows the sign-in screen.
    if (res.status === 401 && !path.startsWith('/api/auth/') && typeof window !== 'undefined')
      window.location.reload();
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success)
      throw new ApiRequestError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiRequestError(res.status, 'http', `Request failed with HTTP ${res.status}.`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError(res.status, 'contract', 'The server answered in an unexpected shape.');
  return parsed.data;
}
