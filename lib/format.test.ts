import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatRelative } from './format';

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
