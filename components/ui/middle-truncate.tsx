import { cn } from '@/lib/cn';

/**
 * A long name cut in the middle ("orders.europe.…payments.v2"), so both its start and its distinctive end
 * stay readable; the whole name on hover and for assistive technology. Kafka allows 249-character topic
 * names: one must never stretch a table.
 */
export function MiddleTruncate({
  text,
  tail = 12,
  className,
}: {
  text: string;
  tail?: number;
  className?: string;
}) {
  if (text.length <= tail * 2)
    return (
      <span className={cn('block truncate', className)} title={text}>
        {text}
      </span>
    );
  const head = text.slice(0, text.length - tail);
  const end = text.slice(text.length - tail);
  return (
    <span className={cn('flex min-w-0', className)} title={text} aria-label={text}>
      <span className="truncate" aria-hidden>
        {head}
      </span>
      <span className="shrink-0 whitespace-pre" aria-hidden>
        {end}
      </span>
    </span>
  );
}
