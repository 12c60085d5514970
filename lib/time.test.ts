import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatTime,
  fromPickerValue,
  isoInZone,
  knownZone,
  offsetMinutes,
  toPickerValue,
  zoneLabel,
} from './time';

// 2026-12-02 12:51:31.123 UTC = 21:51:31.123 in Seoul; New York in winter is UTC-5, in summer UTC-4.
const T = Date.UTC(2026, 11, 2, 12, 51, 31, 123);
const SUMMER = Date.UTC(2026, 6, 1, 12, 0, 0);

describe('times in one zone, 24-hour, labelled', () => {
  it('formats in UTC and in another zone, 24-hour', () => {
    expect(formatTime(T, 'UTC')).toBe('2026-12-02 12:51:31.123');
    expect(formatTime(T, 'Asia/Seoul')).toBe('2026-12-02 21:51:31.123');
    expect(formatTime(T, 'Asia/Seoul', 'seconds')).toBe('2026-12-02 21:51:31');
    expect(formatTime(T, 'Asia/Seoul', 'minutes')).toBe('2026-12-02 21:51');
    expect(formatTime(Date.UTC(2026, 0, 1, 0, 5), 'UTC')).toBe('2026-01-01 00:05:00.000');
    expect(formatClock(T, 'America/New_York')).toBe('07:51:31');
  });

  it('labels the zone with its offset, daylight saving included', () => {
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('Asia/Seoul', T)).toBe('UTC+09:00');
    expect(zoneLabel('America/New_York', T)).toBe('UTC-05:00');
    expect(zoneLabel('America/New_York', SUMMER)).toBe('UTC-04:00');
    expect(zoneLabel('Asia/Kolkata', T)).toBe('UTC+05:30');
    expect(offsetMinutes(T, 'Asia/Seoul')).toBe(540);
  });

  it('ISO 8601 with the offset for downloads', () => {
    expect(isoInZone(T, 'UTC')).toBe('2026-12-02T12:51:31.123Z');
    expect(isoInZone(T, 'Asia/Seoul')).toBe('2026-12-02T21:51:31.123+09:00');
    expect(new Date(isoInZone(T, 'America/New_York')).getTime()).toBe(T);
  });

  it('pickers show and read times in the chosen zone, round trip', () => {
    expect(toPickerValue(T, 'Asia/Seoul')).toBe('2026-12-02T21:51:31');
    expect(fromPickerValue('2026-12-02T21:51:31', 'Asia/Seoul')).toBe(T - 123);
    expect(fromPickerValue('2026-12-02T12:51', 'UTC')).toBe(Date.UTC(2026, 11, 2, 12, 51));
    expect(fromPickerValue('2026-07-01T08:00:00', 'America/New_York')).toBe(SUMMER);
    expect(fromPickerValue('yesterday', 'UTC')).toBeNaN();
  });

  it('knows which zone names are real', () => {
    expect(knownZone('Asia/Seoul')).toBe('Asia/Seoul');
    expect(knownZone('Mars/Olympus')).toBeNull();
  });
});
