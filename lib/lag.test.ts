import { describe, expect, it } from 'vitest';
import {
  catchUp,
  lagSeconds,
  partitionStatus,
  STATUS_WINDOW,
  windowOf,
  ratePerSecond,
  worstStatus,
} from './lag';

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

  it('with sampled series: steady lag OK, growing lag with commit dips WARN, stopped commits STALL', () => {
    const steady = {
      commits: [100, 130, 160, 190, 220, 250],
      lags: [40, 35, 42, 38, 41, 39],
      hasMembers: true,
    };
    expect(partitionStatus(steady)).toBe('OK');
    // A slow consumer committing in bursts: lag dips after each commit but its floor keeps rising.
    const sawTooth = {
      commits: [100, 100, 130, 130, 160, 160, 190, 190, 220, 220],
      lags: [100, 130, 110, 140, 120, 150, 130, 160, 140, 170],
      hasMembers: true,
    };
    expect(partitionStatus(sawTooth)).toBe('WARN');
    expect(partitionStatus({ commits: [50, 50, 50, 50], lags: [10, 20, 30, 40], hasMembers: true })).toBe(
      'STALL',
    );
    expect(partitionStatus({ commits: [50, 60, 40, 45], lags: [10, 20, 30, 40], hasMembers: true })).toBe(
      'REWIND',
    );
    expect(partitionStatus({ commits: [50, 60, 70], lags: [10, 20, 30], hasMembers: false })).toBe('STOP');
    expect(
      partitionStatus({ commits: [50, 60, 70], lags: [10, 20, 30], hasMembers: true, full: false }),
    ).toBe('UNKNOWN');
  });

  it('does not flap: a group whose lag grows while it commits is WARN at every sample once the window is full', () => {
    // Sampled as the server does: every 15 s by the sampler, plus page polls every 5 s and 1 s apart.
    const windowMs = STATUS_WINDOW * 15_000;
    const times: number[] = [];
    for (let t = 0; t <= 600_000; t += 15_000) times.push(t, t + 5_000, t + 6_000, t + 10_000);
    // 500 behind at first; 3 messages/s produced; the consumer handles 1/s, committing every 20 s.
    const endAt = (t: number) => 1500 + Math.floor((3 * t) / 1000);
    const commitAt = (t: number) => 1000 + Math.floor(t / 20_000) * 20;
    const commits = times.map((t) => ({ t, v: commitAt(t) }));
    const statuses: string[] = [];
    for (const now of times) {
      const { samples, full } = windowOf(
        commits.filter((c) => c.t <= now),
        windowMs,
        now,
      );
      statuses.push(
        partitionStatus({
          commits: samples.map((c) => c.v),
          lags: samples.map((c) => endAt(c.t) - c.v),
          hasMembers: true,
          full,
        }),
      );
    }
    const firstFull = times.findIndex((t) => t > windowMs);
    expect(statuses.slice(0, times.indexOf(windowMs))).toEqual(
      statuses.slice(0, times.indexOf(windowMs)).map(() => 'UNKNOWN'),
    );
    expect(new Set(statuses.slice(firstFull))).toEqual(new Set(['WARN']));
  });

  it('a window is a span of time, with the sample just before it as the baseline', () => {
    const s = [0, 10, 20, 30, 40].map((t) => ({ t: t * 1000, v: t }));
    expect(windowOf(s, 15_000, 40_000)).toEqual({ samples: s.slice(2), full: true });
    expect(windowOf(s, 60_000, 40_000)).toEqual({ samples: s, full: false });
    expect(windowOf([], 60_000, 40_000)).toEqual({ samples: [], full: false });
  });
});
