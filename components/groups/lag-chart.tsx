'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTimeZone } from '@/components/layout/time-zone';
import { formatDuration, formatNumber } from '@/lib/format';
import { formatClock, formatTime } from '@/lib/time';

type Point = { t: number; lag: number; seconds: number | null };

// Axes in the text colour of the page, so they follow the theme.
const axis = { tick: { fontSize: 11, fill: 'currentColor' }, stroke: 'currentColor', strokeOpacity: 0.3 };

/** Lag over time: messages (left axis) and seconds (right axis). */
export function LagChart({ points }: { points: Point[] }) {
  const { zone, label } = useTimeZone();
  const time = (t: number) => formatClock(t, zone);
  if (points.length < 2)
    return (
      <p className="grid h-56 place-items-center text-sm text-zinc-500 dark:text-zinc-400">
        Collecting samples: the chart draws from the second one.
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
            label={{
              value: label,
              position: 'insideBottomRight',
              offset: -2,
              fontSize: 10,
              fill: 'currentColor',
            }}
          />
          <YAxis yAxisId="lag" tickFormatter={(v: number) => formatNumber(v)} {...axis} width={64} />
          <YAxis
            yAxisId="sec"
            orientation="right"
            tickFormatter={(v: number) => formatDuration(v)}
            {...axis}
            width={84}
          />
          <Tooltip
            labelFormatter={(t) => `${formatTime(Number(t), zone, 'seconds')} ${label}`}
            formatter={(v, name) =>
              name === 'Lag (time)' ? formatDuration(Number(v)) : `${formatNumber(Number(v))} messages`
            }
            contentStyle={{ fontSize: 12 }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            yAxisId="lag"
            name="Lag (messages)"
            dataKey="lag"
            stroke="#0284c7"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            yAxisId="sec"
            name="Lag (time)"
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
