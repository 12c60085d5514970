'use client';
import { diffLines } from 'diff';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { SubjectDetail } from '@/lib/schemas/registry';
import { prettySchema } from './schema-text';

type Version = SubjectDetail['versions'][number];
type Line = { kind: '+' | '-' | ' '; text: string; old: number | null; new: number | null };

/** Line by line, with the line numbers of both sides (jsdiff's Myers diff of the pretty-printed texts). */
function lines(from: string, to: string): Line[] {
  const out: Line[] = [];
  let a = 1;
  let b = 1;
  for (const part of diffLines(from, to)) {
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts)
      if (part.added) out.push({ kind: '+', text, old: null, new: b++ });
      else if (part.removed) out.push({ kind: '-', text, old: a++, new: null });
      else out.push({ kind: ' ', text, old: a++, new: b++ });
  }
  return out;
}

const ROW = {
  '+': 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200',
  '-': 'bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-200',
  ' ': '',
} as const;

/** What changed from version `from` to version `to`: removed lines red, added lines green. */
export function SchemaDiff({ from, to }: { from: Version; to: Version }) {
  const rows = useMemo(() => lines(prettySchema(from), prettySchema(to)), [from, to]);
  const added = rows.filter((r) => r.kind === '+').length;
  const removed = rows.filter((r) => r.kind === '-').length;
  const t = useTranslations('schemas');
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('versions', { from: from.version, to: to.version })}{' '}
        {added || removed
          ? t.rich('diff', {
              added,
              removed,
              lines: added + removed,
              a: (c) => <span className="text-emerald-700 dark:text-emerald-400">{c}</span>,
              r: (c) => <span className="text-red-700 dark:text-red-400">{c}</span>,
            })
          : t('same')}
      </figcaption>
      <div
        data-testid="schema-diff"
        className="max-h-[70vh] overflow-auto rounded-md border border-zinc-200 font-mono text-xs dark:border-zinc-800"
      >
        <table className="w-full border-collapse">
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={ROW[r.kind]} data-change={r.kind === ' ' ? undefined : r.kind}>
                <td className="w-10 px-2 text-right text-zinc-400 select-none">{r.old ?? ''}</td>
                <td className="w-10 px-2 text-right text-zinc-400 select-none">{r.new ?? ''}</td>
                <td
                  className="w-4 text-center select-none"
                  aria-label={r.kind === '+' ? t('added') : r.kind === '-' ? t('removed') : undefined}
                >
                  {r.kind === ' ' ? '' : r.kind}
                </td>
                <td className="pr-2 break-all whitespace-pre-wrap">{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
