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
