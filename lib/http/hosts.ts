// Which Host headers Kafscope answers to. A page on another site whose name an attacker points at
// 127.0.0.1 (DNS rebinding) reaches us with its own name in Host; answering it would hand that page the
// console of a login-off instance. Used by proxy.ts for every request, pages and API alike; no
// server-only import, since the proxy is bundled on its own.

/** Always accepted, on any port: this machine by name or address. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** "Host" -> lowercased host name (brackets kept for IPv6) and port ('' when absent). */
function split(hostHeader: string): { name: string; port: string } | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(hostHeader.trim());
  return m ? { name: m[1]!.toLowerCase(), port: m[2] ?? '' } : null;
}

/**
 * The configured names: KAFSCOPE_PUBLIC_URL's host (with its port) and KAFSCOPE_ALLOWED_HOSTS (comma
 * separated, "name" for any port or "name:port").
 */
export function configuredHosts(env: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  const publicUrl = env.KAFSCOPE_PUBLIC_URL?.trim();
  if (publicUrl)
    try {
      // With its port, default or not: the public URL names one.
      const u = new URL(publicUrl);
      out.push(`${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`.toLowerCase());
    } catch {
      // a bad URL is reported by the auth settings (config.ts)
    }
  for (const h of (env.KAFSCOPE_ALLOWED_HOSTS ?? '').split(','))
    if (h.trim()) out.push(h.trim().toLowerCase());
  return out;
}

/** The host the browser asked for: Host, or X-Forwarded-Host behind a trusted proxy. */
export function requestedHost(
  headers: { get(name: string): string | null },
  env: Record<string, string | undefined>,
): string | null {
  const trusted = /^(1|true|yes)$/i.test(env.KAFSCOPE_TRUST_PROXY?.trim() ?? '');
  const forwarded = trusted ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  return forwarded || headers.get('host');
}

export function hostAllowed(hostHeader: string | null, configured: string[]): boolean {
  const h = hostHeader ? split(hostHeader) : null;
  if (!h) return false;
  if (LOOPBACK.has(h.name)) return true;
  return configured.some((c) => {
    const want = split(c);
    // A Host without a port is the scheme's default (browsers leave 80 and 443 out).
    const port = h.port || (want?.port === '443' ? '443' : '80');
    return want !== null && want.name === h.name && (want.port === '' || want.port === port);
  });
}
