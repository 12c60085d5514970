'use client';
import { useTranslations } from 'next-intl';
import { Time, useTimeZone } from '@/components/layout/time-zone';

/** Where the lag history comes from: this server's memory, since it started sampling. */
export function HistoryNote({ since, intervalMs }: { since: number | null; intervalMs: number }) {
  const { label } = useTimeZone();
  const t = useTranslations('groups');
  if (since === null) return null;
  return (
    <span>
      {t.rich('historySince', {
        time: () => <Time ms={since} precision="minutes" />,
        zone: label,
        seconds: Math.round(intervalMs / 1000),
      })}
    </span>
  );
}
