import { cn } from '@/lib/cn';

export function Input({ className, ...props }: React.ComponentProps<'input'>) {
  return (
    <input
      className={cn(
        'w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-400 focus-visible:border-sky-500 focus-visible:ring-2 focus-visible:ring-sky-500/30 focus-visible:outline-none dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100',
        className,
      )}
      {...props}
    />
  );
}

/** A labelled control; the hint or error sits outside the <label> so it does not become part of the name. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="text-sm">
      <label className="block">
        <span className="mb-1 block font-medium text-zinc-700 dark:text-zinc-300">{label}</span>
        {children}
      </label>
      {error ? (
        <span role="alert" className="mt-1 block text-xs text-red-600 dark:text-red-400">
          {error}
        </span>
      ) : hint ? (
        <span className="mt-1 block text-xs text-zinc-500 dark:text-zinc-400">{hint}</span>
      ) : null}
    </div>
  );
}
