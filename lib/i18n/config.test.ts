import { describe, expect, it } from 'vitest';
import { negotiate, requestLocale } from './config';

describe('negotiate', () => {
  it('picks the best supported language by quality, then order', () => {
    expect(negotiate('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(negotiate('en-US,en;q=0.9,ko;q=0.8')).toBe('en');
    expect(negotiate('fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4')).toBe('ko');
    expect(negotiate('en;q=0.2, ko;q=0.8')).toBe('ko');
  });
  it('falls back to English', () => {
    expect(negotiate(null)).toBe('en');
    expect(negotiate('')).toBe('en');
    expect(negotiate('fr,de;q=0.5')).toBe('en');
    expect(negotiate('ko;q=0')).toBe('en');
    expect(negotiate('*')).toBe('en');
  });
  it('lets a valid cookie win over the header, never an unknown one', () => {
    expect(requestLocale('ko', 'en-US')).toBe('ko');
    expect(requestLocale('en', 'ko-KR')).toBe('en');
    expect(requestLocale('xx', 'ko-KR')).toBe('ko');
    expect(requestLocale(undefined, null)).toBe('en');
  });
});
