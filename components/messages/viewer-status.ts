import type { useTranslations } from 'next-intl';
import { BUFFER_MAX, type StreamState } from '@/lib/api/messages';
import { formatNumber } from '@/lib/format';

// The one-line status of the Messages tab: what is being read, what was found, and why a read ended, in
// the page's language (`t` is the viewerStatus messages).

type T = ReturnType<typeof useTranslations<'viewerStatus'>>;

export function statusText(
  t: T,
  s: Pick<StreamState, 'status' | 'progress' | 'done' | 'rate' | 'held' | 'dropped'>,
  shown: number,
  { paused, newest, stopped }: { paused: boolean; newest: boolean; stopped: boolean },
): string | null {
  const n = formatNumber;
  if (stopped) return t('stopped', { n: n(shown) });
  if (s.status === 'error') return null;
  if (s.status === 'connecting') return t('connecting');
  if (s.status === 'reconnecting') return t('reconnecting');
  if (s.status === 'cancelled') return t('cancelled', { n: n(shown) });
  if (s.status === 'live') {
    const cap = shown >= BUFFER_MAX ? t('cap', { n: n(BUFFER_MAX) }) : '';
    const held = !paused
      ? ''
      : s.dropped
        ? t('pausedDropped', { held: n(s.held), dropped: n(s.dropped) })
        : t('paused', { held: n(s.held) });
    return t('live', { rate: n(s.rate), shown: n(shown), cap, held });
  }
  if (s.status === 'reading')
    return s.progress
      ? t('scanning', {
          scanned: n(s.progress.scanned),
          total: n(s.progress.total),
          found: n(s.progress.found),
        })
      : t('reading');
  const d = s.done;
  if (!d) return null;
  const why =
    d.reason === 'max'
      ? t(newest ? 'whyNewest' : 'whyFirst', { n: n(d.found) })
      : d.reason === 'end'
        ? t('whyEnd')
        : d.reason === 'scan-limit'
          ? t('whyScanLimit')
          : t('whyTimeLimit');
  return t('done', { found: n(d.found), scanned: n(d.scanned), why });
}
