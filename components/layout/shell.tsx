'use client';
import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { Menu, X } from 'lucide-react';
import { LogoMark } from '@/components/layout/logo';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { Sidebar } from './sidebar';

/**
 * The console's frame. From 1024 px wide the sidebar stays; below, it is a drawer behind a menu button in a
 * top bar, closed again by navigating, Escape or a tap beside it, so phones and narrow windows get the
 * whole width for tables and messages.
 */
export function Shell({ notes, children }: { notes: React.ReactNode; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations('nav');
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  // A navigation closes the drawer (state adjusted during render, not in an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="flex h-dvh">
      <div className="hidden lg:flex">
        <Sidebar />
      </div>
      {open && (
        <div className="fixed inset-0 z-40 flex lg:hidden" data-testid="nav-drawer">
          <div className="flex h-full shadow-xl">
            <Sidebar />
          </div>
          <button
            type="button"
            aria-label={t('closeMenu')}
            className="flex-1 bg-zinc-900/40"
            onClick={() => setOpen(false)}
          />
        </div>
      )}
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 shrink-0 items-center gap-2 border-b border-zinc-200 px-3 lg:hidden dark:border-zinc-800">
          <button
            type="button"
            aria-label={open ? t('closeMenu') : t('openMenu')}
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            className="rounded-md p-1.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            {open ? <X className="size-5" aria-hidden /> : <Menu className="size-5" aria-hidden />}
          </button>
          <LogoMark />
          <span className="font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">Kafscope</span>
        </header>
        {notes}
        <main className={cn('min-h-0 flex-1 overflow-auto px-3 py-4 sm:px-6 sm:py-5')}>{children}</main>
      </div>
    </div>
  );
}
