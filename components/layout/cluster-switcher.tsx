'use client';
import NextLink from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { Layers } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useSettingsQuery } from '@/lib/api/cluster';
import { useClusterName } from '@/lib/api/cluster-scope';
import { clusterPage } from '@/lib/url';

/**
 * Which cluster the pages show: a native select (keyboard reachable as it is), and a link to the clusters
 * home. Switching keeps the section (topics stay topics), not the topic: the other cluster may not have it.
 */
export function ClusterSwitcher() {
  const t = useTranslations('clusters');
  const current = useClusterName();
  const pathname = usePathname();
  const router = useRouter();
  const clusters = useSettingsQuery().data?.clusters ?? [];
  const section = pathname.match(/^\/c\/[^/]+(\/[^/?#]+)?/)?.[1] ?? '/';
  return (
    <div className="space-y-1 border-b border-zinc-200 px-3 pb-2 dark:border-zinc-800">
      <NextLink
        href="/"
        className="flex items-center gap-1.5 text-xs text-zinc-500 hover:underline dark:text-zinc-400"
        aria-current={current === null ? 'page' : undefined}
      >
        <Layers className="size-3.5" aria-hidden />
        {t('all')}
      </NextLink>
      {current === null && (
        <nav aria-label={t('title')} className="space-y-0.5 pt-1" data-testid="cluster-links">
          {clusters.map((c) => (
            <NextLink
              key={c.name}
              href={clusterPage(c.name, '/')}
              className="block truncate rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-200/60 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              {c.name}
            </NextLink>
          ))}
        </nav>
      )}
      {current !== null && (
        <label className="block">
          <span className="sr-only">{t('switch')}</span>
          <select
            data-testid="cluster-switcher"
            value={current}
            onChange={(e) => router.push(clusterPage(e.target.value, section))}
            className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm font-medium text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-50"
          >
            {(clusters.some((c) => c.name === current) ? clusters : [{ name: current }]).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
