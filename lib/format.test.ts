import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatNumber, formatRate, formatRelative } from './format';

describe('format', () => {
  it('separates thousands', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
  });
  it('says how long ago', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(formatRelative('2026-01-01T11:59:58Z', now)).toBe('just now');
    expect(formatRelative('2026-01-01T11:59:00Z', now)).toBe('1m ago');
    expect(formatRelative('2026-01-01T11:00:00Z', now)).toBe('1h ago');
    expect(formatRelative('2025-12-25T12:00:00Z', now)).toBe('7d ago');
  });
  it('says it in Korean', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(formatRelative('2026-01-01T11:59:58Z', now, 'ko')).toBe('지금');
    expect(formatRelative('2026-01-01T11:59:30Z', now, 'ko')).toBe('30초 전');
    expect(formatRelative('2026-01-01T11:57:00Z', now, 'ko')).toBe('3분 전');
    expect(formatRelative('2026-01-01T10:00:00Z', now, 'ko')).toBe('2시간 전');
    expect(formatRelative('2025-12-25T12:00:00Z', now, 'ko')).toBe('7일 전');
    expect(formatDuration(42, 'ko')).toBe('42초');
    expect(formatDuration(185, 'ko')).toBe('3분 5초');
    expect(formatDuration(7800, 'ko')).toBe('2시간 10분');
    expect(formatDuration(3600, 'ko')).toBe('1시간');
    expect(formatDuration(3 * 86400 + 4 * 3600, 'ko')).toBe('3일 4시간');
  });
});

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
    expect(formatBytes(300 * 1024 ** 2)).toBe('300 MB');
  });
});

describe('formatDuration and formatRate', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 5 s');
    expect(formatDuration(7800)).toBe('2 h 10 min');
    expect(formatDuration(3 * 86400 + 4 * 3600)).toBe('3 d 4 h');
    expect(formatRate(0)).toBe('0/s');
    expect(formatRate(0.25)).toBe('0.25/s');
    expect(formatRate(3)).toBe('3/s');
    expect(formatRate(1234.4)).toBe('1,234/s');
  });
});
