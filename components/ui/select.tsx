import { cn } from '@/lib/cn';

/** A native select, styled like our inputs (native: keyboard, mobile and screen readers work as expected). */
export function Select({ className, ...props }: React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cn(
        'w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950',
        className,
      )}
      {...props}
    />
  );
}
