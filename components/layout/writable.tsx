'use client';
import { useTranslations } from 'next-intl';
import { useSettingsQuery } from '@/lib/api/cluster';
import { useClusterName } from '@/lib/api/cluster-scope';
import { roleAtLeast, type Role } from '@/lib/schemas/roles';

/**
 * True when this user may do what needs `role` on this cluster right now: not read-only (here or everywhere),
 * and their role here is enough (with login off, everyone may). False until the settings load, so nothing mutating flashes up. The server enforces
 * the same rules (lib/http/access.ts); this only hides what would be refused.
 */
export function useCan(role: Role = 'editor'): boolean {
  const s = useSettingsQuery().data;
  const name = useClusterName();
  const here = s?.clusters.find((c) => c.name === name);
  if (!s || s.readOnly || here?.readOnly) return false;
  if (s.auth.mode === 'off') return true;
  // The role on this cluster: the clusters file may lower it (editors only read production).
  const mine = here?.role ?? s.auth.user?.role ?? 'none';
  return s.auth.user !== null && mine !== 'none' && roleAtLeast(mine, role);
}

/** Renders its children only when the server would accept the change (role and read-only mode). */
export function Writable({ role = 'editor', children }: { role?: Role; children: React.ReactNode }) {
  return useCan(role) ? <>{children}</> : null;
}

/**
 * Quiet notes in the shell: read-only mode, and a warning when login is off. Rendered on the server with
 * the page (the layout knows both settings), so they are there at first paint and never shift the page.
 */
export function ShellNotes({ loginOff, readOnly }: { loginOff: boolean; readOnly: boolean }) {
  const t = useTranslations('banner');
  return (
    <>
      {loginOff && (
        <p
          role="note"
          data-testid="login-off-warning"
          className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        >
          {t.rich('loginOff', { code: (c) => <code>{c}</code> })}
        </p>
      )}
      {readOnly && (
        <p
          role="note"
          className="border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-sm text-sky-800 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200"
        >
          {t('readOnly')}
        </p>
      )}
    </>
  );
}
