'use client';
import { useRef } from 'react';
import { flexRender, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { cn } from '@/lib/cn';

const ROW_HEIGHT = 37;
/** The identifying column stays in view while the others scroll sideways (narrow screens). */
const FIRST_COLUMN = 'sticky left-0 z-[1] bg-white dark:bg-zinc-950';
const FIRST_HEADER = 'sticky left-0 z-[2] bg-zinc-50 dark:bg-zinc-900';
const isNumeric = (meta: unknown) => Boolean((meta as { numeric?: boolean } | undefined)?.numeric);

/**
 * A TanStack table with sticky sortable headers and virtualized rows (only what is on screen renders), for
 * lists of thousands. Columns with `meta: { numeric: true }` are right-aligned; `enableSorting: false`
 * makes a header plain text. Sorting itself lives in the caller's state (the URL). Wider than the screen,
 * it scrolls sideways with its first column kept in place.
 */
export function VirtualTable<T>({
  table,
  sortId,
  desc,
  onSort,
  testId,
  rowTestId,
  empty,
  initialRect,
}: {
  table: Table<T>;
  sortId: string;
  desc: boolean;
  onSort: (columnId: string, active: boolean) => void;
  testId: string;
  rowTestId?: string;
  empty: React.ReactNode;
  /** The server renders the first screen of rows; the browser's first render must match it. */
  initialRect?: { width: number; height: number };
}) {
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualizer we chose.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    initialRect,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      className="min-h-0 flex-1 overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
      data-testid={testId}
    >
      <table className="w-full border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-zinc-50 dark:bg-zinc-900">
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const active = sortId === h.column.id;
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
                    className={cn(
                      'border-b border-zinc-200 px-3 py-2 text-xs font-medium tracking-wide whitespace-nowrap text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400',
                      isNumeric(h.column.columnDef.meta) ? 'text-right' : 'text-left',
                      h.index === 0 && FIRST_HEADER,
                    )}
                  >
                    {h.column.columnDef.enableSorting === false ? (
                      label
                    ) : (
                      <button
                        type="button"
                        className={cn(
                          'inline-flex items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100',
                          active && 'text-zinc-900 dark:text-zinc-100',
                        )}
                        onClick={() => onSort(h.column.id, active)}
                      >
                        {label}
                        {active &&
                          (desc ? (
                            <ArrowDown className="size-3" aria-hidden />
                          ) : (
                            <ArrowUp className="size-3" aria-hidden />
                          ))}
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden />}
          {items.map((vi) => {
            const row = rows[vi.index]!;
            return (
              <tr
                key={row.id}
                style={{ height: ROW_HEIGHT }}
                className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40"
                data-testid={rowTestId}
              >
                {row.getVisibleCells().map((cell, i) => (
                  <td
                    key={cell.id}
                    className={cn(
                      'border-b border-zinc-100 px-3 whitespace-nowrap text-zinc-800 dark:border-zinc-800/60 dark:text-zinc-200',
                      isNumeric(cell.column.columnDef.meta) && 'text-right tabular-nums',
                      i === 0 && FIRST_COLUMN,
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden />}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="p-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{empty}</p>
      )}
    </div>
  );
}
