import { describe, expect, it } from 'vitest';
import { listenHost, listenNote } from './listen.mjs';

describe('where the demo listens', () => {
  it('on this machine only unless HOST says otherwise, and says so', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ HOST: ' ' })).toBe('127.0.0.1');
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(listenNote('127.0.0.1', {})).toMatch(/^Listening on 127\.0\.0\.1 only: login is off/);
    expect(listenNote('0.0.0.0', { KAFSCOPE_AUTH: 'login' })).toMatch(/as HOST says \(login: login\)/);
  });
});
