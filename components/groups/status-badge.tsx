import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { GroupSummary } from '@/lib/types';

type Status = GroupSummary['status'];

const look: Record<Status, [BadgeTone, string]> = {
  OK: ['ok', 'Consuming and keeping up (or caught up at some point in the status window).'],
  WARN: [
    'warn',
    'Lag rose over the status window (10 sampler intervals, 2.5 min by default) while the group kept committing: it is falling behind.',
  ],
  REWIND: ['warn', 'A committed offset went backwards (an offset reset, or a consumer replaying).'],
  STALL: [
    'bad',
    'Members are connected but a committed offset has not moved over the status window while there is lag.',
  ],
  STOP: ['bad', 'There is lag and no member is consuming.'],
  UNKNOWN: ['neutral', 'Not enough samples yet to rate this (the history starts when the server started).'],
};

/** A Burrow-style lag status, with what it means on hover. */
export function StatusBadge({ status }: { status: Status }) {
  const [tone, title] = look[status];
  return (
    <Badge tone={tone} title={title} data-status={status}>
      {status}
    </Badge>
  );
}

/** A group's state, coloured: an active group never shows as dead. */
export function StateBadge({ state }: { state: string }) {
  const s = state.toLowerCase();
  const tone: BadgeTone =
    s === 'stable'
      ? 'ok'
      : s === 'empty'
        ? 'neutral'
        : s === 'dead'
          ? 'bad'
          : s === 'unknown'
            ? 'neutral'
            : 'info';
  return <Badge tone={tone}>{state}</Badge>;
}
