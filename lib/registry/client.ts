import 'server-only';
import { Agent } from 'undici';
import { AppError } from '@/lib/http/errors';
import { clusterSlot, currentCluster } from '@/lib/clusters/context';
import { parseRegistryConfig, type RegistryConfig } from './config';

// Requests to the registry: each URL in turn (starting with the one that answered last), within the
// configured timeout. A registry that cannot be reached is a 503 `registry_unavailable` with the reason;
// what it answers with an error keeps its message (Confluent's {error_code, message}).

const registrySlot = () =>
  clusterSlot('registry-client', () => ({
    key: '' as string,
    config: null as RegistryConfig | null,
    agent: null as Agent | null,
    preferred: 0,
  }));

/**
 * The current cluster's registry settings (null: none configured): from the clusters file, or from the env
 * (re-read when the environment changes: tests).
 */
export function registryConfig(): RegistryConfig | null {
  const slot = registrySlot();
  const fromFile = currentCluster().registry;
  const key = fromFile
    ? 'file'
    : Object.entries(process.env)
        .filter(([k]) => k.startsWith('KAFSCOPE_SCHEMA_REGISTRY_'))
        .sort()
        .join('\n');
  if (slot.key !== key || (key && !slot.config)) {
    slot.config = fromFile ? fromFile() : parseRegistryConfig(process.env);
    void slot.agent?.close();
    slot.agent = slot.config?.tls
      ? new Agent({ connect: { ...slot.config.tls, rejectUnauthorized: true } })
      : null;
    slot.key = key;
    slot.preferred = 0;
  }
  return slot.config;
}

export function requireRegistry(): RegistryConfig {
  const c = registryConfig();
  if (!c)
    throw new AppError(
      'registry_unavailable',
      'No Schema Registry is configured: set KAFSCOPE_SCHEMA_REGISTRY_URL on the server.',
    );
  return c;
}

const STATUS: Record<number, 'not_found' | 'conflict' | 'unprocessable' | 'bad_request' | 'forbidden'> = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable',
};

/** One request; the parsed JSON answer. */
export async function registryRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const c = requireRegistry();
  const slot = registrySlot();
  let lastReason = '';
  for (let i = 0; i < c.urls.length; i++) {
    const at = (slot.preferred + i) % c.urls.length;
    const base = c.urls[at]!;
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.schemaregistry.v1+json, application/json',
          ...(body !== undefined && { 'content-type': 'application/vnd.schemaregistry.v1+json' }),
          ...(c.authorization && { authorization: c.authorization }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(c.timeoutMs),
        ...(slot.agent && { dispatcher: slot.agent }),
      } as RequestInit);
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      lastReason =
        err.name === 'TimeoutError'
          ? `${base} did not answer within ${c.timeoutMs} ms`
          : `${base}: ${err.cause?.code ?? err.cause?.message ?? err.message}`;
      continue;
    }
    if (res.status >= 500 || res.status === 401) {
      lastReason =
        res.status === 401
          ? `${base} refused Kafscope's credentials (HTTP 401)`
          : `${base} answered HTTP ${res.status}`;
      if (res.status === 401) break;
      continue;
    }
    slot.preferred = at;
    const data = (await res.json().catch(() => null)) as { message?: string; error_code?: number } | null;
    if (res.ok) return data as T;
    const code = STATUS[res.status] ?? 'bad_request';
    throw new AppError(code, readable(data?.message) ?? `The Schema Registry answered HTTP ${res.status}.`);
  }
  throw new AppError('registry_unavailable', `registry unreachable: ${lastReason}`);
}

/** A registry's message without the Java exception class Apicurio puts in front ("io.apicurio...Exception: "). */
export const readable = (message: string | undefined) =>
  message?.replace(/^(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error):\s*/, '');
