'use client';
import { useSyncExternalStore } from 'react';
import { Clock } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { formatTime, isoInZone, resolveZone, zoneLabel, type ZoneChoice } from '@/lib/time';

// The console's one time zone: UTC or the browser's, chosen with the toggle in the sidebar and remembered
// in this browser. Every time shown (lists, details, pickers, charts, downloads) uses it and says which.

const KEY = 'kafscope-time-zone';
const EVENT = 'kafscope-time-zone';

function read(): ZoneChoice {
  try {
    return localStorage.getItem(KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    return 'local';
  }
}
function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The chosen zone: its IANA name, its label ("UTC", "UTC+09:00"), and a setter. */
export function useTimeZone() {
  // The server renders in UTC; the browser's choice applies as soon as it hydrates.
  const choice = useSyncExternalStore<ZoneChoice>(subscribe, read, () => 'utc');
  const zone = resolveZone(choice);
  return {
    choice,
    zone,
    label: zoneLabel(zone),
    set(next: ZoneChoice) {
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* private mode: the choice lasts for this page */
      }
      window.dispatchEvent(new Event(EVENT));
    },
  };
}

/** A moment in the chosen zone, 24-hour, with the zone on hover and in the markup. */
export function Time({
  ms,
  precision = 'seconds',
}: {
  ms: number;
  precision?: 'ms' | 'seconds' | 'minutes';
}) {
  const { zone, label } = useTimeZone();
  return (
    <time dateTime={isoInZone(ms, zone)} title={`${formatTime(ms, zone, 'ms')} ${label}`}>
      {formatTime(ms, zone, precision)}
    </time>
  );
}

/** The sidebar's switch between UTC and the browser's zone. */
export function TimeZoneToggle() {
  const { choice, label, set } = useTimeZone();
  const t = useTranslations('nav');
  return (
    <Button
      variant="ghost"
      className="w-full justify-start"
      onClick={() => set(choice === 'utc' ? 'local' : 'utc')}
      title={t('timeZoneHint')}
      data-testid="time-zone-toggle"
    >
      <Clock className="size-4" aria-hidden />
      {choice === 'utc' ? t('timesUtc') : t('timesLocal', { zone: label })}
    </Button>
  );
}
