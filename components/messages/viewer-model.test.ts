import { describe, expect, it } from 'vitest';
import { apiQuery, readParams, viewSearch } from './viewer-params';
import { createTranslator } from 'next-intl';
import { messages } from '@/lib/i18n/messages';
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
  const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'viewerStatus' });
  const ko = createTranslator({ locale: 'ko', messages: messages.ko, namespace: 'viewerStatus' });
  const base = { progress: null, rate: 0, held: 0, dropped: 0 };
  const opts = { paused: false, newest: true, stopped: false };
  it('says "the newest N" for a newest read, "the first N" otherwise', () => {
    const done = { ...base, status: 'done' as const, done: { scanned: 60, found: 50, reason: 'max' } };
    expect(statusText(en, done, 50, opts)).toBe(
      '50 messages · scanned 60 · the newest 50 (the most asked for)',
    );
    expect(statusText(en, done, 50, { ...opts, newest: false })).toMatch(/the first 50/);
    expect(statusText(ko, done, 50, opts)).toBe('메시지 50개 · 60개 훑음 · 최신 50개 (요청한 최대 개수)');
  });
  it('says when live was stopped and the list kept', () => {
    expect(statusText(en, { ...base, status: 'live', done: null }, 12, { ...opts, stopped: true })).toBe(
      'Live stopped. 12 messages kept as they were.',
    );
  });
  it('counts what live shows, and what waits while paused', () => {
    const live = { ...base, status: 'live' as const, done: null, rate: 1234, held: 5, dropped: 0 };
    expect(statusText(en, live, 12, opts)).toBe('Live: 1,234 messages/s · 12 shown');
    expect(statusText(en, live, 12, { ...opts, paused: true })).toBe(
      'Live: 1,234 messages/s · 12 shown · paused, 5 waiting',
    );
    expect(statusText(ko, { ...live, dropped: 2 }, 12, { ...opts, paused: true })).toBe(
      '실시간: 초당 메시지 1,234개 · 12개 표시 · 일시 정지, 5개 대기, 2개 버림',
    );
  });
});
