'use client';
import { Line, LineChart, YAxis } from 'recharts';

/** Total lag over the last samples, as a tiny line (no axes: the number is in the next column). */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length < 2) return <span className="text-xs text-zinc-400">—</span>;
  const data = values.map((v, i) => ({ i, v }));
  const rising = values[values.length - 1]! > values[0]!;
  return (
    <span role="img" aria-label={label} title={label} className="inline-block align-middle">
      <LineChart width={96} height={22} data={data} margin={{ top: 2, bottom: 2, left: 0, right: 0 }}>
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          type="monotone"
          dataKey="v"
          dot={false}
          strokeWidth={1.5}
          isAnimationActive={false}
          stroke={rising ? '#d97706' : '#0284c7'}
        />
      </LineChart>
    </span>
  );
}
