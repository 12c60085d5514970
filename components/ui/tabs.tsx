import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
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
  const t = useTranslations('common');
  return (
    <nav
      aria-label={t('sections')}
      className="mb-4 flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800"
    >
      {tabs.map((x) => (
        <Link
          key={x.id}
          href={href(x.id)}
          replace
          scroll={false}
          aria-current={x.id === current ? 'page' : undefined}
          className={cn(
            '-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
            x.id === current
              ? 'border-sky-600 text-zinc-900 dark:text-zinc-50'
              : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200',
          )}
        >
          {x.label}
        </Link>
      ))}
    </nav>
  );
}
