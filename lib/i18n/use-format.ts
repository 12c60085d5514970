import { useLocale } from 'next-intl';
import { formatDuration, formatRelative } from '@/lib/format';

/** lib/format's words, in the page's language: "3m ago" / "3분 전", "3 min 5 s" / "3분 5초". */
export function useFormat() {
  const locale = useLocale();
  return {
    relative: (iso: string) => formatRelative(iso, Date.now(), locale),
    duration: (seconds: number) => formatDuration(seconds, locale),
  };
}
