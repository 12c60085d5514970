import { describe, expect, it } from 'vitest';
import { configuredHosts, hostAllowed, requestedHost } from './hosts';

const headers = (h: Record<string, string>) => new Headers(h);

describe('which hosts Kafscope answers to', () => {
  it('this machine by name or address, on any port', () => {
    for (const h of ['localhost', 'localhost:3000', '127.0.0.1:3100', '[::1]:3000', 'LOCALHOST:80'])
      expect([h, hostAllowed(h, [])]).toEqual([h, true]);
  });

  it('refuses any other name: a DNS-rebinding page arrives with its own', () => {
    for (const h of [
      'evil.example',
      'evil.example:3000',
      'localhost.evil.example',
      '127.0.0.1.nip.io',
      '',
      'a b',
    ])
      expect([h, hostAllowed(h, [])]).toEqual([h, false]);
    expect(hostAllowed(null, [])).toBe(false);
  });

  it('the public URL’s host and the allowed list, with or without a port', () => {
    const cfg = configuredHosts({
      KAFSCOPE_PUBLIC_URL: 'https://kafka.example.com',
      KAFSCOPE_ALLOWED_HOSTS: 'console.internal, ops.example.com:8443',
    });
    expect(cfg).toEqual(['kafka.example.com:443', 'console.internal', 'ops.example.com:8443']);
    expect(hostAllowed('kafka.example.com:443', cfg)).toBe(true);
    expect(hostAllowed('kafka.example.com', cfg)).toBe(true);
    expect(hostAllowed('kafka.example.com:444', cfg)).toBe(false); // the public URL names its port
    expect(hostAllowed('console.internal:3000', cfg)).toBe(true);
    expect(hostAllowed('ops.example.com:8443', cfg)).toBe(true);
    expect(hostAllowed('ops.example.com:3000', cfg)).toBe(false);
    expect(configuredHosts({ KAFSCOPE_PUBLIC_URL: 'not a url' })).toEqual([]);
  });

  it('X-Forwarded-Host counts only behind a trusted proxy', () => {
    const h = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'kafka.example.com' });
    expect(requestedHost(h, {})).toBe('127.0.0.1:3000');
    expect(requestedHost(h, { KAFSCOPE_TRUST_PROXY: 'true' })).toBe('kafka.example.com');
  });
});
