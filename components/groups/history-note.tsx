'use client';
import { useTranslations } from 'next-intl';
import { Time, useTimeZone } from '@/components/layout/time-zone';

/**
 * Where the lag history comes from: the topic it is shared through (sampled by this server or another), or
 * this server's memory since it started sampling.
 */
export function HistoryNote({
  since,
  intervalMs,
  topic = null,
  role,
}: {
  since: number | null;
  intervalMs: number;
  topic?: string | null;
  role?: string;
}) {
  const { label } = useTimeZone();
  const t = useTranslations('groups');
  if (since === null) return null;
  if (topic && (role === 'leader' || role === 'follower'))
    return (
      <span data-testid="history-note">
        {t.rich('historyShared', {
          time: () => <Time ms={since} precision="minutes" />,
          zone: label,
          seconds: Math.round(intervalMs / 1000),
          role,
          topic,
          code: (c) => <code className="text-xs">{c}</code>,
        })}
      </span>
    );
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
