import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { restOf } from './first-screen';

describe('restOf: when a list fetch may take the list the server just computed', () => {
  const key = ['topics', 'list'];
  const client = (data?: unknown) => {
    const qc = new QueryClient();
    if (data !== undefined) qc.setQueryData(key, data);
    return qc;
  };

  it('asks with maxAge after a first screen, or when the page stopped waiting and nothing is cached', () => {
    expect(restOf(client({ topics: [], firstScreen: { total: 2000 } }), key)).toBe('?maxAge=10');
    expect(restOf(client(), key, true)).toBe('?maxAge=10');
  });

  it('asks for a new list otherwise (a refresh, a refetch after a change)', () => {
    expect(restOf(client({ topics: [] }), key)).toBe('');
    expect(restOf(client({ topics: [] }), key, true)).toBe('');
    expect(restOf(client(), key)).toBe('');
  });
});
