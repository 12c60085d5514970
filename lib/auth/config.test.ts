import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from './config';
import { AppError } from '@/lib/http/errors';

const HASH = '$2b$10$VdW6eAi.iw/yhXazFCrn1.SKSnmifJcqhUDOvOKXJkMMlRz15C/Te';
const users = (list: unknown) => JSON.stringify(list);

function failure(env: Record<string, string>, readFile?: (f: string) => string): string {
  try {
    parseAuthConfig(env, readFile);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(503);
    return (e as AppError).message;
  }
  throw new Error('expected a config error');
}

describe('parseAuthConfig', () => {
  it('is on by default, with no users until some are configured', () => {
    const c = parseAuthConfig({});
    expect(c.mode).toBe('login');
    if (c.mode === 'login') {
      expect(c.users.size).toBe(0);
      expect(c.secret).toHaveLength(32);
      expect(c.sessionSeconds).toBe(12 * 3600);
    }
  });

  it('is off only when KAFSCOPE_AUTH says so', () => {
    expect(parseAuthConfig({ KAFSCOPE_AUTH: 'off' })).toEqual({ mode: 'off' });
    expect(parseAuthConfig({ KAFSCOPE_AUTH: 'OFF' })).toEqual({ mode: 'off' });
    expect(failure({ KAFSCOPE_AUTH: 'none' })).toContain('KAFSCOPE_AUTH: expected login or off');
  });

  it('reads users from a file or inline', () => {
    const list = [{ username: 'alice', role: 'admin', passwordHash: HASH }];
    const fromFile = parseAuthConfig({ KAFSCOPE_USERS_FILE: '/etc/users.json' }, () => users(list));
    const inline = parseAuthConfig({ KAFSCOPE_USERS: users(list) });
    for (const c of [fromFile, inline]) {
      expect(c.mode === 'login' && c.users.get('alice')?.role).toBe('admin');
    }
  });

  it.each([
    [{ KAFSCOPE_USERS: 'not json' }, 'KAFSCOPE_USERS: not valid JSON'],
    [
      { KAFSCOPE_USERS: users([{ username: 'a', role: 'root', passwordHash: HASH }]) },
      '0.role: expected one of viewer, editor, admin',
    ],
    [
      { KAFSCOPE_USERS: users([{ username: 'a', role: 'admin', passwordHash: 'secret' }]) },
      'expected a bcrypt hash',
    ],
    [
      { KAFSCOPE_USERS: users([1, 2].map(() => ({ username: 'a', role: 'admin', passwordHash: HASH }))) },
      'user names must be unique',
    ],
    [{ KAFSCOPE_USERS: '[]', KAFSCOPE_USERS_FILE: '/x' }, 'not both'],
    [{ KAFSCOPE_SESSION_SECRET: 'short' }, 'KAFSCOPE_SESSION_SECRET: at least 32 characters'],
    [{ KAFSCOPE_SESSION_HOURS: 'forever' }, 'KAFSCOPE_SESSION_HOURS'],
    [{ KAFSCOPE_METRICS_TOKEN: 'abc' }, 'KAFSCOPE_METRICS_TOKEN: at least 16 characters'],
  ])('refuses %j with a clear message', (env, text) => {
    expect(failure(env as Record<string, string>)).toContain(text);
  });

  it('says which file cannot be read', () => {
    expect(
      failure({ KAFSCOPE_USERS_FILE: '/nope.json' }, () => {
        throw new Error('ENOENT');
      }),
    ).toContain('KAFSCOPE_USERS_FILE: /nope.json cannot be read');
  });
});

describe('OIDC settings', () => {
  const base = {
    KAFSCOPE_OIDC_ISSUER: 'https://idp.example.com/realms/main',
    KAFSCOPE_OIDC_CLIENT_ID: 'kafscope',
    KAFSCOPE_PUBLIC_URL: 'https://kafscope.example.com',
  };

  it('reads the provider, the public URL and the group mapping; no default role unless set', () => {
    const c = parseAuthConfig({ ...base, KAFSCOPE_OIDC_ADMIN_GROUPS: 'ops, platform' });
    if (c.mode !== 'login' || !c.oidc) throw new Error('expected OIDC');
    expect(c.oidc.issuer.href).toBe('https://idp.example.com/realms/main');
    expect(c.oidc.groups.admin).toEqual(['ops', 'platform']);
    expect(c.oidc.defaultRole).toBeNull();
    expect(c.oidc.rolesClaim).toBe('groups');
  });

  it.each([
    [{ KAFSCOPE_OIDC_CLIENT_ID: '' }, 'KAFSCOPE_OIDC_CLIENT_ID is required'],
    [{ KAFSCOPE_PUBLIC_URL: '' }, 'KAFSCOPE_PUBLIC_URL is required'],
    [{ KAFSCOPE_OIDC_ISSUER: 'http://idp.example.com' }, 'must be https'],
    [{ KAFSCOPE_OIDC_ISSUER: 'not a url' }, 'KAFSCOPE_OIDC_ISSUER: not a URL'],
    [{ KAFSCOPE_OIDC_DEFAULT_ROLE: 'root' }, 'KAFSCOPE_OIDC_DEFAULT_ROLE'],
  ])('refuses %j', (patch, text) => {
    expect(failure({ ...base, ...patch } as Record<string, string>)).toContain(text);
  });

  it('allows plain http only for a provider on this machine', () => {
    const c = parseAuthConfig({ ...base, KAFSCOPE_OIDC_ISSUER: 'http://127.0.0.1:8080' });
    expect(c.mode === 'login' && c.oidc?.issuer.port).toBe('8080');
  });
});
