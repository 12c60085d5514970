import Link from 'next/link';
import { cn } from '@/lib/cn';

/** Tabs kept in the URL (?tab=...), so a link opens the same tab. Links, so they work without JavaScript too. */
export function TabLinks({
  tabs,
  current,
  href,
}: {
  tabs: { id: string; label: React.ReactNode }[];
  current: string;
  href: (id: string) => string;
}) {
  return (
    <nav
      aria-label="Sections"
      className="mb-4 flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800"
    >
      {tabs.map((t) => (
        <Link
          key={t.id}
          href={href(t.id)}
          replace
          scroll={false}
          aria-current={t.id === current ? 'page' : undefined}
          className={cn(
            '-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
            t.id === current
              ? 'border-sky-600 text-zinc-900 dark:text-zinc-50'
              : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200',
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
