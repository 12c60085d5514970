'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import type { ProduceResult } from '@/lib/schemas/produce';

// What a produce request wrote: partition and offset (ranges for many), what was not written and why, and
// a link to the viewer at the first message. Brought into view when it arrives (at 1280x800 it landed
// below the fold), and announced to screen readers (role="status").

/** Offsets written, per partition, as ranges: "partition 0: offsets 10–19". */
function ranges(result: ProduceResult) {
  const by = new Map<number, number[]>();
  for (const w of result.written) by.set(w.partition, [...(by.get(w.partition) ?? []), w.offset]);
  return [...by]
    .sort(([a], [b]) => a - b)
    .map(([p, offs]) => {
      const lo = Math.min(...offs);
      const hi = Math.max(...offs);
      return { partition: p, lo, hi };
    });
}

const viewerHref = (topic: string, partition: number, offset: number) =>
  `/topics/${encodeURIComponent(topic)}?tab=messages&partition=${partition}&offset=${offset}`;

export function ProduceResultView({ topic, result }: { topic: string; result: ProduceResult }) {
  const first = result.written[0];
  const ref = useRef<HTMLDivElement>(null);
  const t = useTranslations('produceResult');
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  return (
    <div
      ref={ref}
      role="status"
      data-testid="produce-result"
      className={cn(
        'space-y-2 rounded-md p-3 text-sm',
        result.failed.length
          ? 'bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200'
          : 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200',
      )}
    >
      {result.requested === 1 && first ? (
        <p>
          {t.rich('one', {
            partition: first.partition,
            offset: first.offset,
            b: (c) => <strong>{c}</strong>,
          })}
        </p>
      ) : (
        <>
          <p>
            {t('many', {
              written: formatNumber(result.written.length),
              requested: formatNumber(result.requested),
              failed: String(result.failed.length > 0),
            })}
          </p>
          <ul className="list-inside list-disc">
            {ranges(result).map((r) => (
              <li key={r.partition}>
                {t('range', { partition: r.partition, lo: r.lo, hi: r.hi, one: String(r.lo === r.hi) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.failed.length > 0 && (
        <div>
          <p className="font-medium">{t('failed', { list: result.failed.map((f) => f.index).join(', ') })}</p>
          <p>{result.failed[0]!.error}</p>
        </div>
      )}
      {first && (
        <Link
          className="font-medium text-sky-700 underline dark:text-sky-400"
          href={viewerHref(topic, first.partition, first.offset)}
        >
          {t('open')}
        </Link>
      )}
    </div>
  );
}
