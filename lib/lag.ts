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
// rated over the last samples of the committed offset. Burrow sees commit times; we see committed offsets
// sampled over time, so STOP means "lagging and nobody is consuming" (the group has no members).
export const STATUSES = ['OK', 'UNKNOWN', 'WARN', 'REWIND', 'STALL', 'STOP'] as const;
export type LagStatus = (typeof STATUSES)[number];
export const STATUS_WINDOW = 10;

export function partitionStatus(args: {
  /** committed offsets over the last samples, oldest first (the current one last) */
  commits: number[];
  /** lag at the same samples */
  lags: number[];
  hasMembers: boolean;
}): LagStatus {
  const commits = args.commits.slice(-STATUS_WINDOW);
  const lags = args.lags.slice(-STATUS_WINDOW);
  const lag = lags[lags.length - 1] ?? 0;
  for (let i = 1; i < commits.length; i++) if (commits[i]! < commits[i - 1]!) return 'REWIND';
  if (lag === 0) return 'OK';
  if (!args.hasMembers) return 'STOP';
  if (lags.some((l) => l === 0)) return 'OK';
  if (commits.length < 3) return 'UNKNOWN';
  if (commits[0] === commits[commits.length - 1]) return 'STALL';
  let growing = true;
  for (let i = 1; i < lags.length; i++) if (lags[i]! < lags[i - 1]!) growing = false;
  if (growing && lags[lags.length - 1]! > lags[0]!) return 'WARN';
  return 'OK';
}

/** The most serious of several statuses (a group is as bad as its worst partition). */
export const worstStatus = (list: LagStatus[]): LagStatus =>
  list.reduce<LagStatus>((w, s) => (STATUSES.indexOf(s) > STATUSES.indexOf(w) ? s : w), 'OK');
