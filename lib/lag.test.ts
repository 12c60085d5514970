import { describe, expect, it } from 'vitest';
import { catchUp, lagSeconds, partitionStatus, ratePerSecond, worstStatus } from './lag';

const T = 1_700_000_000_000;
// End offset 0 at T, 100 at T+10 s, 300 at T+20 s.
const ends = [
  { t: T, v: 0 },
  { t: T + 10_000, v: 100 },
  { t: T + 20_000, v: 300 },
];

describe('lagSeconds (interpolated from sampled end offsets)', () => {
  it('is zero when the group is at the end', () => {
    expect(lagSeconds(ends, 300, 300, T + 25_000)).toEqual({ seconds: 0, estimated: false });
  });
  it('interpolates between the samples around the committed offset', () => {
    // offset 200 was the end at T+15 s (halfway from 100 to 300); now is T+25 s -> 10 s behind
    expect(lagSeconds(ends, 200, 300, T + 25_000)).toEqual({ seconds: 10, estimated: false });
    // offset 50 was the end at T+5 s
    expect(lagSeconds(ends, 50, 300, T + 20_000).seconds).toBeCloseTo(15);
  });
  it('uses the current end offset as the newest sample', () => {
    // end went 300 -> 400 between T+20 s and now (T+30 s): offset 350 was the end at T+25 s
    expect(lagSeconds(ends, 350, 400, T + 30_000)).toEqual({ seconds: 5, estimated: false });
  });
  it('extrapolates, marked as an estimate, when the offset is older than every sample', () => {
    const later = ends.map((s) => ({ t: s.t, v: s.v + 1000 })); // 1000 at T, 1300 at T+20 s: 15/s
    const r = lagSeconds(later, 700, 1300, T + 20_000); // 300 messages before T at 15/s -> T-20 s
    expect(r.estimated).toBe(true);
    expect(r.seconds).toBeCloseTo(40);
  });
  it('says unknown with a single sample and no movement', () => {
    expect(lagSeconds([], 5, 10, T)).toEqual({ seconds: null, estimated: true });
    expect(lagSeconds([{ t: T - 5000, v: 10 }], 5, 10, T)).toEqual({ seconds: null, estimated: true });
  });
});

describe('rates and time to catch up', () => {
  it('measures change per second over the window', () => {
    expect(ratePerSecond(ends, 60_000, T + 20_000)).toBe(15);
    expect(ratePerSecond(ends, 10_000, T + 20_000)).toBe(20); // only the last two samples
    expect(ratePerSecond(ends.slice(0, 1), 60_000, T)).toBeNull();
  });
  it('is lag over the net rate, or never when consumers are not faster', () => {
    expect(catchUp(100, 30, 10)).toBe(5);
    expect(catchUp(100, 10, 10)).toBe('never');
    expect(catchUp(100, 5, 10)).toBe('never');
    expect(catchUp(0, null, null)).toBe(0);
    expect(catchUp(100, null, 10)).toBeNull();
  });
});

describe('partitionStatus (Burrow-style)', () => {
  it('OK when caught up at any point of the window', () => {
    expect(partitionStatus({ commits: [1, 2, 3], lags: [5, 0, 4], hasMembers: true })).toBe('OK');
  });
  it('STOP when lagging with no consumer', () => {
    expect(partitionStatus({ commits: [10, 10], lags: [5, 8], hasMembers: false })).toBe('STOP');
    expect(partitionStatus({ commits: [10, 10], lags: [0, 8], hasMembers: false })).toBe('STOP');
  });
  it('STALL when members are there but the offset does not move', () => {
    expect(partitionStatus({ commits: [10, 10, 10], lags: [5, 6, 7], hasMembers: true })).toBe('STALL');
  });
  it('WARN when lag grows at every sample while offsets move', () => {
    expect(partitionStatus({ commits: [10, 12, 14], lags: [5, 6, 9], hasMembers: true })).toBe('WARN');
  });
  it('REWIND when the committed offset went back', () => {
    expect(partitionStatus({ commits: [10, 12, 3], lags: [5, 6, 19], hasMembers: true })).toBe('REWIND');
  });
  it('OK when consuming and lag is not growing steadily', () => {
    expect(partitionStatus({ commits: [10, 20, 30], lags: [5, 8, 6], hasMembers: true })).toBe('OK');
  });
  it('UNKNOWN when there is too little history to tell', () => {
    expect(partitionStatus({ commits: [10], lags: [5], hasMembers: true })).toBe('UNKNOWN');
  });
  it('a group is as bad as its worst partition', () => {
    expect(worstStatus(['OK', 'WARN', 'OK'])).toBe('WARN');
    expect(worstStatus(['STALL', 'STOP', 'REWIND'])).toBe('STOP');
    expect(worstStatus([])).toBe('OK');
  });
});
