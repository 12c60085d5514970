// Formatting shared by every view: numbers with thousands separators, relative times with absolute titles.
const nf = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number) => nf.format(n);

/** "3m ago" / "3분 전": how long ago, in the page's language (English when none is given). */
export function formatRelative(iso: string, now = Date.now(), locale = 'en'): string {
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (locale !== 'en') return relativeIn(locale, s);
  if (s < 5) return 'just now';
  if (s < 60) return `${s}s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h}h ago`;
  return `${Math.round(h / 24)}d ago`;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeIn(locale: string, s: number): string {
  let f = relativeFormats.get(locale);
  if (!f)
    relativeFormats.set(
      locale,
      (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'narrow' })),
    );
  if (s < 5) return f.format(0, 'second'); // "지금"
  if (s < 60) return f.format(-s, 'second');
  const m = Math.round(s / 60);
  if (m < 60) return f.format(-m, 'minute');
  const h = Math.round(m / 60);
  return h < 48 ? f.format(-h, 'hour') : f.format(-Math.round(h / 24), 'day');
}

const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
/** Bytes in binary units with one decimal ("1.5 MB"); plain bytes below 1 KB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}

const DURATION_UNITS: Record<string, { s: string; min: string; h: string; d: string; gap: string }> = {
  en: { s: ' s', min: ' min', h: ' h', d: ' d', gap: ' ' },
  ko: { s: '초', min: '분', h: '시간', d: '일', gap: ' ' },
};
/**
 * A duration in seconds, short and readable: "0 s", "42 s", "3 min 5 s", "2 h 10 min", "3 d 4 h"; in Korean
 * "42초", "3분 5초", "2시간 10분", "3일 4시간".
 */
export function formatDuration(seconds: number, locale = 'en'): string {
  const u = DURATION_UNITS[locale] ?? DURATION_UNITS.en!;
  const two = (a: string, b: string, rest: number) => (rest ? `${a}${u.gap}${b}` : a);
  const s = Math.round(seconds);
  if (s < 60) return `${s}${u.s}`;
  const m = Math.floor(s / 60);
  if (m < 60) return two(`${m}${u.min}`, `${s % 60}${u.s}`, s % 60);
  const h = Math.floor(m / 60);
  if (h < 48) return two(`${h}${u.h}`, `${m % 60}${u.min}`, m % 60);
  const d = Math.floor(h / 24);
  return two(`${d}${u.d}`, `${h % 24}${u.h}`, h % 24);
}

/** A rate per second: "0", "0.25/s", "12/s", "1,234/s". */
export const formatRate = (r: number) =>
  r === 0 ? '0/s' : `${r < 10 ? r.toFixed(2).replace(/\.?0+$/, '') : nf.format(Math.round(r))}/s`;
