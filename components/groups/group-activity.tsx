'use client';
import { useTranslations } from 'next-intl';
import { Time } from '@/components/layout/time-zone';
import { Card, CardHeader } from '@/components/ui/card';
import { Term } from '@/components/ui/term';
import type { GroupDetail, GroupEvent } from '@/lib/types';
import { cn } from '@/lib/cn';

// Watching a group work: which member reads which partition (redrawn with every poll of the page), and the
// timeline of members joining and leaving and of rebalances, so a learner can start a second consumer and
// see the partitions move.

const COLORS = [
  'bg-sky-500 text-white',
  'bg-amber-500 text-white',
  'bg-emerald-600 text-white',
  'bg-fuchsia-600 text-white',
  'bg-rose-500 text-white',
  'bg-indigo-500 text-white',
  'bg-lime-600 text-white',
  'bg-orange-700 text-white',
];

function AssignmentMap({ g }: { g: GroupDetail }) {
  const t = useTranslations('activity');
  const color = new Map(g.members.map((m, i) => [m.memberId, COLORS[i % COLORS.length]!]));
  return (
    <Card data-testid="assignment-map">
      <CardHeader title={t('map')} />
      <div className="space-y-3 p-3 text-sm">
        {g.members.length > 0 && (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {g.members.map((m) => (
              <li key={m.memberId} className="flex items-center gap-1.5" title={m.memberId}>
                <span className={cn('inline-block size-3 rounded-sm', color.get(m.memberId))} aria-hidden />
                <span className="font-mono">{m.clientId}</span>
                <span className="text-zinc-500">{m.host}</span>
              </li>
            ))}
          </ul>
        )}
        {g.topics.map((topic) => (
          <div key={topic.topic}>
            <div className="mb-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">{topic.topic}</div>
            <div className="flex flex-wrap gap-1">
              {topic.partitions.map((p) => (
                <span
                  key={p.partition}
                  data-testid="map-partition"
                  data-owner={p.owner?.clientId ?? ''}
                  title={
                    p.owner
                      ? t('owned', { p: p.partition, client: p.owner.clientId })
                      : t('unowned', { p: p.partition })
                  }
                  className={cn(
                    'grid h-7 min-w-7 place-items-center rounded px-1 font-mono text-xs tabular-nums',
                    p.owner
                      ? color.get(p.owner.memberId)
                      : 'border border-dashed border-zinc-300 text-zinc-500 dark:border-zinc-700',
                  )}
                >
                  {p.partition}
                </span>
              ))}
            </div>
          </div>
        ))}
        {g.members.length === 0 && <p className="text-xs text-zinc-500">{t('nobody')}</p>}
      </div>
    </Card>
  );
}

const list = (a: { topic: string; partitions: number[] }[]) =>
  a.map((x) => `${x.topic} [${x.partitions.join(', ')}]`).join(', ') || '—';

function EventText({ e }: { e: GroupEvent }) {
  const t = useTranslations('activity');
  switch (e.kind) {
    case 'observed':
      return t('observed', { state: e.state, n: e.members });
    case 'state':
      return t('state', { from: e.from, to: e.to });
    case 'joined':
      return t('joined', { client: e.clientId, host: e.host });
    case 'left':
      return t('left', { client: e.clientId, host: e.host });
    case 'rebalanced':
      return (
        <>
          {t('rebalanced', { n: e.rebalance })}
          <ul className="mt-0.5 font-mono text-xs text-zinc-600 dark:text-zinc-400">
            {e.assignment.map((m) => (
              <li key={m.memberId}>
                {m.clientId}: {list(m.assignment)}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

function Timeline({ g }: { g: GroupDetail }) {
  const t = useTranslations('activity');
  const events = [...g.events].reverse().slice(0, 30);
  return (
    <Card data-testid="rebalance-timeline">
      <CardHeader title={t.rich('timeline', { term: (c) => <Term k="rebalance">{c}</Term> })} />
      <ol className="max-h-80 space-y-2 overflow-auto p-3 text-sm">
        {events.map((e, i) => (
          <li key={`${e.t}-${i}`} className="flex gap-3" data-kind={e.kind}>
            <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums">
              <Time ms={e.t} />
            </span>
            <span className={cn('min-w-0', e.kind === 'rebalanced' && 'font-medium')}>
              <EventText e={e} />
            </span>
          </li>
        ))}
      </ol>
      <p className="border-t border-zinc-100 px-3 py-2 text-xs text-zinc-500 dark:border-zinc-800">
        {t.rich('note', { term: (c) => <Term k="generation">{c}</Term> })}
      </p>
    </Card>
  );
}

/** The assignment map and the rebalance timeline, side by side on wide screens. */
export function GroupActivity({ g }: { g: GroupDetail }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <AssignmentMap g={g} />
      <Timeline g={g} />
    </div>
  );
}
