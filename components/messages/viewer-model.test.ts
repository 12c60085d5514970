import { describe, expect, it } from 'vitest';
import { apiQuery, readParams, viewSearch } from './viewer-params';
import { statusText } from './viewer-status';

describe('the Messages tab in the URL', () => {
  it('drops what the start mode does not use, so no stale time or offset rides along', () => {
    const from = new URLSearchParams('tab=messages&start=timestamp&ts=1700000000000&max=50');
    const view = { ...readParams(from), start: 'newest' };
    const next = viewSearch(from, view);
    expect(next.get('ts')).toBeNull();
    expect(next.get('start')).toBe('newest');
    expect(viewSearch(from, { ...view, start: 'offset', offset: '7' }).get('offset')).toBe('7');
    expect(viewSearch(from, { ...view, start: 'timestamp', ts: '5' }).get('ts')).toBe('5');
  });

  it('a link with an offset opens at that offset; the API query follows the mode', () => {
    const p = readParams(new URLSearchParams('offset=42&partition=3'));
    expect(p.start).toBe('offset');
    expect(apiQuery(p)).toBe('start=offset&max=50&keyAs=auto&valueAs=auto&partition=3&offset=42');
  });
});

describe('the status line', () => {
  const base = { progress: null, rate: 0, held: 0, dropped: 0 };
  const opts = { paused: false, newest: true, stopped: false };
  it('says "the newest N" for a newest read, "the first N" otherwise', () => {
    const done = { ...base, status: 'done' as const, done: { scanned: 60, found: 50, reason: 'max' } };
    expect(statusText(done, 50, opts)).toBe('50 messages · scanned 60 · the newest 50 (the most asked for)');
    expect(statusText(done, 50, { ...opts, newest: false })).toMatch(/the first 50/);
  });
  it('says when live was stopped and the list kept', () => {
    expect(statusText({ ...base, status: 'live', done: null }, 12, { ...opts, stopped: true })).toBe(
      'Live stopped. 12 messages kept as they were.',
    );
  });
});
