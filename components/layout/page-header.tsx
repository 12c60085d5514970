import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { ChevronRight } from 'lucide-react';
import { CopyButton } from '@/components/ui/copy-button';
import { MiddleTruncate } from '@/components/ui/middle-truncate';

/**
 * A page's title, what it is, its actions, and (on a resource's page) the way back to its list. Names can
 * be long (a 249-character topic): cut in the middle, whole on hover, with a copy button.
 */
export function PageHeader({
  title,
  description,
  actions,
  back,
  copy,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  back?: { href: string; label: string };
  /** The title is a name people copy (a topic, a group). */
  copy?: boolean;
}) {
  const t = useTranslations('common');
  return (
    <div className="mb-4">
      {back && (
        <nav aria-label={t('breadcrumb')} className="mb-1 flex items-center gap-1 text-sm">
          <Link href={back.href} className="text-zinc-500 hover:underline dark:text-zinc-400">
            {back.label}
          </Link>
          <ChevronRight className="size-3.5 text-zinc-400" aria-hidden />
        </nav>
      )}
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="max-w-full min-w-0">
          <h1 className="flex min-w-0 items-center gap-1 text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            <MiddleTruncate text={title} tail={16} />
            {copy && <CopyButton value={title} label={t('copyName', { name: title })} />}
          </h1>
          {description && (
            <div className="mt-0.5 text-sm text-zinc-500 dark:text-zinc-400">{description}</div>
          )}
        </div>
        {actions}
      </div>
    </div>
  );
}
