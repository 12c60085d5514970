'use client';
import { LogOut, UserRound } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useLogoutMutation } from '@/lib/api/auth';
import { useSettingsQuery } from '@/lib/api/cluster';

/** Who is signed in, with which role, and a way out. Nothing when login is off. */
export function UserMenu() {
  const settings = useSettingsQuery();
  const logout = useLogoutMutation();
  const t = useTranslations('nav');
  const user = settings.data?.auth.user;
  if (!user) return null;
  return (
    <div className="flex items-center gap-2 px-2 py-1.5 text-sm" data-testid="user-menu">
      <UserRound className="size-4 shrink-0 text-zinc-500" aria-hidden />
      <span
        className="flex min-w-0 flex-1 flex-col leading-tight"
        title={t('signedInAs', { user: user.username, role: user.role })}
      >
        <span className="truncate font-medium">{user.username}</span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{user.role}</span>
      </span>
      <button
        type="button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        aria-label={t('signOut')}
        title={t('signOut')}
        className="rounded p-1 text-zinc-500 hover:bg-zinc-200/60 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      >
        <LogOut className="size-4" aria-hidden />
      </button>
    </div>
  );
}
