import { cn } from '@/lib/cn';

// Dense table primitives: numbers right-aligned and tabular, ids in monospace (shared/STYLE.md).
/** A table that scrolls sideways in its own box when it is wider than the screen (phones). */
export function Table({ className, ...props }: React.TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto">
      <table className={cn('w-full border-collapse text-sm', className)} {...props} />
    </div>
  );
}
export function Th({
  className,
  numeric,
  ...props
}: React.ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return (
    <th
      scope="col"
      className={cn(
        'border-b border-zinc-200 px-3 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400',
        numeric && 'text-right',
        className,
      )}
      {...props}
    />
  );
}
export function Td({
  className,
  numeric,
  mono,
  ...props
}: React.TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean; mono?: boolean }) {
  return (
    <td
      className={cn(
        'border-b border-zinc-100 px-3 py-2 text-zinc-800 dark:border-zinc-800/60 dark:text-zinc-200',
        numeric && 'text-right tabular-nums',
        mono && 'font-mono text-[13px]',
        className,
      )}
      {...props}
    />
  );
}
