// Formatting shared by every view: numbers with thousands separators, relative times with absolute titles.
const nf = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number) => nf.format(n);

export function formatRelative(iso: string, now = Date.now()): string {
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (s < 5) return 'just now';
  if (s < 60) return `${s}s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h}h ago`;
  return `${Math.round(h / 24)}d ago`;
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

/** A duration in seconds, short and readable: "0 s", "42 s", "3 min 5 s", "2 h 10 min", "3 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

/** A rate per second: "0", "0.25/s", "12/s", "1,234/s". */
export const formatRate = (r: number) =>
  r === 0 ? '0/s' : `${r < 10 ? r.toFixed(2).replace(/\.?0+$/, '') : nf.format(Math.round(r))}/s`;
