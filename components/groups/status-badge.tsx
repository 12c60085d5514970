import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { GroupSummary } from '@/lib/types';

type Status = GroupSummary['status'];

// The codes stay as Burrow names them (OK, WARN, STALL...); what each means is in the messages (status.*).
const tones: Record<Status, BadgeTone> = {
  OK: 'ok',
  WARN: 'warn',
  REWIND: 'warn',
  STALL: 'bad',
  STOP: 'bad',
  UNKNOWN: 'neutral',
};

/** A Burrow-style lag status, with what it means on hover. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations('status');
  return (
    <Badge tone={tones[status]} title={t(status)} data-status={status}>
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
