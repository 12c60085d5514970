'use client';
import { useSettingsQuery, useWritable } from '@/lib/api/cluster';

/** Renders its children only when the server accepts changes (not in read-only mode). */
export function Writable({ children }: { children: React.ReactNode }) {
  return useWritable() ? <>{children}</> : null;
}

/** A quiet note in the shell when the console is read-only. */
export function ReadOnlyNote() {
  const s = useSettingsQuery();
  if (!s.data?.readOnly) return null;
  return (
    <p
      role="note"
      className="border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-sm text-sky-800 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200"
    >
      Read-only mode: this Kafscope shows the cluster but does not change it.
    </p>
  );
}
