'use client';
import { Time, useTimeZone } from '@/components/layout/time-zone';

/** Where the lag history comes from: this server's memory, since it started sampling. */
export function HistoryNote({ since, intervalMs }: { since: number | null; intervalMs: number }) {
  const { label } = useTimeZone();
  if (since === null) return null;
  return (
    <span>
      Lag history since <Time ms={since} precision="minutes" /> {label}, when this server started sampling
      (every {Math.round(intervalMs / 1000)} s, kept in memory).
    </span>
  );
}
