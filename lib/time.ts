// Times as Kafscope shows them: one zone for the whole console (UTC or the browser's, chosen by the
// person and remembered), always 24-hour, always labelled with the zone. Pure functions over an IANA zone
// name, shared by the browser (lists, pickers, charts) and the server (downloads).

/** The two choices a person has; 'local' resolves to the browser's IANA zone. */
export type ZoneChoice = 'utc' | 'local';

export const resolveZone = (choice: ZoneChoice): string =>
  choice === 'utc' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const formats = new Map<string, Intl.DateTimeFormat>();
function parts(ms: number, zone: string) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    y: out.year!,
    mo: out.month!,
    d: out.day!,
    h: out.hour === '24' ? '00' : out.hour!,
    mi: out.minute!,
    s: out.second!,
  };
}

/** The zone's offset from UTC at that moment, in minutes (Seoul: 540). */
export function offsetMinutes(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const p = parts(ms, zone);
  const asUtc = Date.UTC(+p.y, +p.mo - 1, +p.d, +p.h, +p.mi, +p.s);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const offsetText = (min: number, sep: string) =>
  `${min < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(min) / 60))}${sep}${pad(Math.abs(min) % 60)}`;

/** "UTC", or "UTC+09:00" for Seoul: the label shown next to times. */
export function zoneLabel(zone: string, at = Date.now()): string {
  const min = offsetMinutes(at, zone);
  return zone === 'UTC' || min === 0 ? 'UTC' : `UTC${offsetText(min, ':')}`;
}

/** "2026-12-02 21:51:31.123" in the zone (24-hour; milliseconds unless `seconds`). */
export function formatTime(ms: number, zone: string, precision: 'ms' | 'seconds' | 'minutes' = 'ms'): string {
  const p = parts(ms, zone);
  const base = `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}`;
  if (precision === 'minutes') return base;
  return precision === 'seconds' ? `${base}:${p.s}` : `${base}:${p.s}.${pad(((ms % 1000) + 1000) % 1000, 3)}`;
}

/** "21:51:31" in the zone: chart axes. */
export function formatClock(ms: number, zone: string): string {
  const p = parts(ms, zone);
  return `${p.h}:${p.mi}:${p.s}`;
}

/** ISO 8601 with the zone's offset: "2026-12-02T21:51:31.123+09:00" ("Z" for UTC). For downloads. */
export function isoInZone(ms: number, zone: string): string {
  const min = offsetMinutes(ms, zone);
  return `${formatTime(ms, zone).replace(' ', 'T')}${zone === 'UTC' ? 'Z' : offsetText(min, ':')}`;
}

/** The value of an <input type="datetime-local" step="1"> showing `ms` in the zone. */
export const toPickerValue = (ms: number, zone: string) => formatTime(ms, zone, 'seconds').replace(' ', 'T');

/** The moment an <input type="datetime-local"> value means in the zone (NaN when it is not a time). */
export function fromPickerValue(value: string, zone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value);
  if (!m) return NaN;
  const wall = Date.UTC(
    +m[1]!,
    +m[2]! - 1,
    +m[3]!,
    +m[4]!,
    +m[5]!,
    +(m[6] ?? 0),
    +(m[7] ?? '0').padEnd(3, '0'),
  );
  // The offset depends on the moment (daylight saving): settle it in two steps.
  let ms = wall - offsetMinutes(wall, zone) * 60_000;
  ms = wall - offsetMinutes(ms, zone) * 60_000;
  return ms;
}

/** An IANA zone name the runtime knows, or null. */
export function knownZone(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}
