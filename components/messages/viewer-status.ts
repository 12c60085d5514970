import { BUFFER_MAX, type StreamState } from '@/lib/api/messages';
import { formatNumber } from '@/lib/format';

// The one-line status of the Messages tab: what is being read, what was found, and why a read ended.

export function statusText(
  s: Pick<StreamState, 'status' | 'progress' | 'done' | 'rate' | 'held' | 'dropped'>,
  shown: number,
  { paused, newest, stopped }: { paused: boolean; newest: boolean; stopped: boolean },
): string | null {
  if (stopped) return `Live stopped. ${formatNumber(shown)} messages kept as they were.`;
  if (s.status === 'error') return null;
  if (s.status === 'connecting') return 'Connecting…';
  if (s.status === 'reconnecting') return 'Connection lost; reconnecting…';
  if (s.status === 'cancelled') return `Cancelled. ${formatNumber(shown)} messages shown.`;
  if (s.status === 'live') {
    const cap = shown >= BUFFER_MAX ? ` (the newest ${formatNumber(BUFFER_MAX)})` : '';
    const held = paused
      ? ` · paused, ${formatNumber(s.held)} waiting${s.dropped ? `, ${formatNumber(s.dropped)} dropped` : ''}`
      : '';
    return `Live: ${formatNumber(s.rate)} messages/s · ${formatNumber(shown)} shown${cap}${held}`;
  }
  if (s.status === 'reading')
    return s.progress
      ? `Reading… scanned ${formatNumber(s.progress.scanned)} of ${formatNumber(s.progress.total)}, found ${formatNumber(s.progress.found)}`
      : 'Reading…';
  const d = s.done;
  if (!d) return null;
  const why =
    d.reason === 'max'
      ? `the ${newest ? 'newest' : 'first'} ${formatNumber(d.found)} (the most asked for)`
      : d.reason === 'end'
        ? 'everything there was'
        : d.reason === 'scan-limit'
          ? 'stopped at the scan limit'
          : 'stopped at the time limit';
  return `${formatNumber(d.found)} messages · scanned ${formatNumber(d.scanned)} · ${why}`;
}
