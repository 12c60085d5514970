// Lag maths, shared by the server (history, metrics) and unit tests: pure functions over (time, value)
// samples. Offsets are numbers: JavaScript's doubles are exact up to 2^53, far beyond any real offset.

export type Sample = { t: number; v: number };

/**
 * Lag in seconds, the way kafka-lag-exporter computes it: the partition's end offset was sampled over time,
 * so find when the end offset was where the group's committed offset is now, by linear interpolation
 * between the two samples around it; the lag is now minus that time. When the committed offset is older
 * than every sample, extrapolate with the produce rate over the samples, and say it is an estimate.
 * `ends` in time order; `end` is the end offset now.
 */
export function lagSeconds(
  ends: Sample[],
  committed: number,
  end: number,
  now: number,
): { seconds: number | null; estimated: boolean } {
  if (committed >= end) return { seconds: 0, estimated: false };
  const pts = ends.length && ends[ends.length - 1]!.t >= now ? ends : [...ends, { t: now, v: end }];
  let i = -1;
  for (let k = pts.length - 1; k >= 0; k--)
    if (pts[k]!.v <= committed) {
      i = k;
      break;
    }
  if (i >= 0 && i < pts.length - 1) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const at = b.v === a.v ? a.t : a.t + ((committed - a.v) / (b.v - a.v)) * (b.t - a.t);
    return { seconds: Math.max(0, (now - at) / 1000), estimated: false };
  }
  // Older than every sample: extrapolate backwards with the produce rate seen over the samples.
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  if (pts.length < 2 || last.t <= first.t || last.v <= first.v) return { seconds: null, estimated: true };
  const perMs = (last.v - first.v) / (last.t - first.t);
  const at = first.t - (first.v - committed) / perMs;
  return { seconds: Math.max(0, (now - at) / 1000), estimated: true };
}

/** Change per second over the samples of the last `windowMs`; null with fewer than 2 samples. */
export function ratePerSecond(samples: Sample[], windowMs: number, now: number): number | null {
  const recent = samples.filter((s) => s.t >= now - windowMs);
  if (recent.length < 2) return null;
  const a = recent[0]!;
  const b = recent[recent.length - 1]!;
  if (b.t <= a.t) return null;
  return ((b.v - a.v) / (b.t - a.t)) * 1000;
}

/**
 * Time to catch up = lag / (consume rate - produce rate). Null when the rates are unknown; "never" when
 * consumption is not faster than production.
 */
export function catchUp(
  lag: number,
  consume: number | null,
  produce: number | null,
): number | 'never' | null {
  if (lag <= 0) return 0;
  if (consume === null || produce === null) return null;
  const net = consume - produce;
  return net > 0 ? lag / net : 'never';
}

// Burrow's partition statuses (https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules),
// rated over a window of samples of the committed offset and the lag. Burrow sees commit times; we see
// committed offsets sampled over time, so STOP means "lagging and nobody is consuming" (the group has no
// members). The window is a span of time (STATUS_WINDOW sampler intervals, 150 s by default), not a
// number of samples: samples also come from page polls, and ten of those can span ten seconds, which
// made the status flap between OK, WARN and STALL from one poll to the next.
export const STATUSES = ['OK', 'UNKNOWN', 'WARN', 'REWIND', 'STALL', 'STOP'] as const;
export type LagStatus = (typeof STATUSES)[number];
export const STATUS_WINDOW = 10;

/**
 * Rules, in order:
 * 1. REWIND: a committed offset went back within the window.
 * 2. OK: no lag now, or no lag at some sample of the window.
 * 3. STOP: lag and no member.
 * 4. UNKNOWN: the window is not covered by samples yet (or fewer than 3).
 * 5. STALL: the committed offset did not move over the window while there was lag.
 * 6. WARN: the offset moved but lag rose over the window: its last value is above its first and at least
 *    the highest of the window's first half, and its low point in the second half is above the low point
 *    of the first (dips right after commits do not hide steady growth).
 * 7. OK otherwise.
 */
export function partitionStatus(args: {
  /** committed offsets over the window, oldest first (the current one last) */
  commits: number[];
  /** lag at the same samples */
  lags: number[];
  hasMembers: boolean;
  /** whether the samples cover the whole window (default: yes) */
  full?: boolean;
}): LagStatus {
  const { commits, lags } = args;
  const lag = lags[lags.length - 1] ?? 0;
  for (let i = 1; i < commits.length; i++) if (commits[i]! < commits[i - 1]!) return 'REWIND';
  if (lag === 0) return 'OK';
  if (!args.hasMembers) return 'STOP';
  if (lags.some((l) => l === 0)) return 'OK';
  if (commits.length < 3 || args.full === false) return 'UNKNOWN';
  if (commits[0] === commits[commits.length - 1]) return 'STALL';
  return lagRose(lags) ? 'WARN' : 'OK';
}

function lagRose(lags: number[]): boolean {
  const n = lags.length;
  const first = lags.slice(0, Math.ceil(n / 2));
  const second = lags.slice(Math.floor(n / 2));
  const last = lags[n - 1]!;
  return last > lags[0]! && last >= Math.max(...first) && Math.min(...second) > Math.min(...first);
}

/**
 * The samples of a window of `windowMs` ending now: those inside it, plus the last one before it as the
 * baseline (so the window's first value is where things stood when it began). `full` when the samples
 * reach back to the window's start.
 */
export function windowOf(samples: Sample[], windowMs: number, now: number) {
  const from = now - windowMs;
  let k = samples.length;
  while (k > 0 && samples[k - 1]!.t >= from) k--;
  const inside = samples.slice(Math.max(0, k - 1));
  return { samples: inside, full: k > 0 };
}

/** The most serious of several statuses (a group is as bad as its worst partition). */
export const worstStatus = (list: LagStatus[]): LagStatus =>
  list.reduce<LagStatus>((w, s) => (STATUSES.indexOf(s) > STATUSES.indexOf(w) ? s : w), 'OK');
