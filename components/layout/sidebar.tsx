'use client';
import { LogoMark } from '@/components/layout/logo';
import { useLinkStatus } from 'next/link';
import Link from '@/components/ui/link';
import { useClusterName } from '@/lib/api/cluster-scope';
import { ClusterSwitcher } from './cluster-switcher';
import { usePathname } from 'next/navigation';
import {
  FileCode2,
  GraduationCap,
  LayoutDashboard,
  List,
  ListChecks,
  Loader2,
  Send,
  Server,
  Users,
} from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { UserMenu } from '@/components/auth/user-menu';
import { ThemeToggle } from './theme-toggle';
import { TimeZoneToggle } from './time-zone';
import { LanguageToggle } from './language-toggle';

const nav = [
  { href: '/', label: 'overview', icon: LayoutDashboard },
  { href: '/topics', label: 'topics', icon: List },
  { href: '/groups', label: 'groups', icon: Users },
  { href: '/share-groups', label: 'shareGroups', icon: ListChecks },
  { href: '/produce', label: 'produce', icon: Send },
  { href: '/schemas', label: 'schemas', icon: FileCode2 },
  { href: '/brokers', label: 'brokers', icon: Server },
  { href: '/learn', label: 'learn', icon: GraduationCap },
] as const;

export function Sidebar() {
  const cluster = useClusterName();
  // The path inside the cluster: /c/dev/topics/x -> /topics/x
  const pathname = usePathname().replace(/^\/c\/[^/]+/, '') || '/';
  const t = useTranslations('nav');
  return (
    <aside className="flex h-full w-52 shrink-0 flex-col border-r border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950">
      <div className="flex h-12 items-center gap-2 px-4">
        <LogoMark />
        <span className="font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">Kafscope</span>
      </div>
      <ClusterSwitcher />
      <nav aria-label={t('main')} className="flex-1 space-y-0.5 px-2 py-2">
        {(cluster === null ? [] : nav).map(({ href, label, icon: Icon }) => {
          const active = href === '/' ? pathname === '/' : pathname.startsWith(href);
          return (
            <Link
              key={href}
              href={href}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-zinc-700 hover:bg-zinc-200/60 dark:text-zinc-300 dark:hover:bg-zinc-800',
                active && 'bg-zinc-200/80 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-zinc-50',
              )}
            >
              <Icon className="size-4" aria-hidden />
              {t(label)}
              <Pending />
            </Link>
          );
        })}
      </nav>
      <div className="border-t border-zinc-200 p-2 dark:border-zinc-800">
        <UserMenu />
        <TimeZoneToggle />
        <ThemeToggle />
        <LanguageToggle />
      </div>
    </aside>
  );
}

/** A spinner on the link being followed: pages rendered on the server (the topic list) take a moment. */
function Pending() {
  const { pending } = useLinkStatus();
  const t = useTranslations('common');
  return pending ? (
    <Loader2 className="ml-auto size-3.5 animate-spin text-zinc-400" aria-label={t('loading')} />
  ) : null;
}
