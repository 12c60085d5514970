'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'next-intl';
import { useTimeZone } from '@/components/layout/time-zone';
import { useFormat } from '@/lib/i18n/use-format';
import { formatNumber } from '@/lib/format';
import { formatClock, formatTime } from '@/lib/time';

type Point = { t: number; lag: number; seconds: number | null };

// Axes in the text colour of the page, so they follow the theme.
const axis = { tick: { fontSize: 11, fill: 'currentColor' }, stroke: 'currentColor', strokeOpacity: 0.3 };

const zoneLabel = { position: 'insideBottomRight', offset: -2, fontSize: 10, fill: 'currentColor' } as const;

/** Lag over time: messages (left axis) and seconds (right axis). */
export function LagChart({ points }: { points: Point[] }) {
  const { zone, label } = useTimeZone();
  const t = useTranslations('group');
  const fmt = useFormat();
  const time = (ms: number) => formatClock(ms, zone);
  if (points.length < 2)
    return (
      <p className="grid h-56 place-items-center text-sm text-zinc-500 dark:text-zinc-400">
        {t('collecting')}
      </p>
    );
  return (
    <div className="h-56 w-full" data-testid="lag-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.12} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={time}
            {...axis}
            label={{ value: label, ...zoneLabel }}
          />
          <YAxis yAxisId="lag" tickFormatter={(v: number) => formatNumber(v)} {...axis} width={64} />
          <YAxis
            yAxisId="sec"
            orientation="right"
            tickFormatter={(v: number) => fmt.duration(v)}
            {...axis}
            width={84}
          />
          <Tooltip
            labelFormatter={(ms) => `${formatTime(Number(ms), zone, 'seconds')} ${label}`}
            formatter={(v, _name, item) =>
              item.dataKey === 'seconds'
                ? fmt.duration(Number(v))
                : t('messagesCount', { n: formatNumber(Number(v)) })
            }
            contentStyle={{ fontSize: 12 }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            yAxisId="lag"
            name={t('lagMessages')}
            dataKey="lag"
            stroke="#0284c7"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            yAxisId="sec"
            name={t('lagTime')}
            dataKey="seconds"
            stroke="#d97706"
            dot={false}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
