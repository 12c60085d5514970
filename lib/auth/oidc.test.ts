import { describe, expect, it } from 'vitest';
import { roleFromClaims, safeNext } from './oidc';
import type { OidcConfig } from './config';

const config = (patch: Partial<OidcConfig> = {}): OidcConfig => ({
  issuer: new URL('https://idp.example.com'),
  clientId: 'k',
  clientSecret: null,
  publicUrl: new URL('https://kafscope.example.com'),
  scopes: 'openid',
  rolesClaim: 'groups',
  groups: { admin: ['ops'], editor: ['dev'], viewer: ['all'] },
  defaultRole: null,
  label: 'SSO',
  ...patch,
});

describe('roleFromClaims', () => {
  it('gives the highest role whose group the claim holds', () => {
    expect(roleFromClaims(config(), { groups: ['all', 'dev'] })).toBe('editor');
    expect(roleFromClaims(config(), { groups: ['all', 'ops', 'dev'] })).toBe('admin');
    expect(roleFromClaims(config(), { groups: ['all'] })).toBe('viewer');
  });
  it('reads a space- or comma-separated string claim, and another claim name', () => {
    expect(roleFromClaims(config({ rolesClaim: 'roles' }), { roles: 'x ops' })).toBe('admin');
    expect(roleFromClaims(config(), { groups: 'dev,x' })).toBe('editor');
  });
  it('falls back to the default role, or none (refused)', () => {
    expect(roleFromClaims(config(), { groups: ['other'] })).toBeNull();
    expect(roleFromClaims(config(), {})).toBeNull();
    expect(roleFromClaims(config({ defaultRole: 'viewer' }), {})).toBe('viewer');
  });
});

describe('safeNext', () => {
  it.each([
    ['/topics/a?tab=x', '/topics/a?tab=x'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    [undefined, '/'],
    // browsers (and URL) drop tabs and newlines: these are "//evil.example/phish"
    ['/\t/evil.example/phish', '/'],
    ['/\n/evil.example/phish', '/'],
    ['/\r\n/\\evil.example', '/'],
    ['/.//evil.example', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/groups/a#members', '/groups/a#members'],
    ['javascript:alert(1)', '/'],
  ])('%s -> %s', (input, out) => expect(safeNext(input)).toBe(out));
});
