'use client';
import { useMemo, useRef } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { formatDuration, formatNumber } from '@/lib/format';
import { STATUSES } from '@/lib/lag';
import type { GroupSummary } from '@/lib/types';
import { Sparkline } from './sparkline';
import { StateBadge, StatusBadge } from './status-badge';

const ROW_HEIGHT = 37;

export const groupHref = (id: string) => `/groups/${encodeURIComponent(id)}`;

export function LagSeconds({ seconds, estimated }: { seconds: number | null; estimated: boolean }) {
  if (seconds === null)
    return (
      <span className="text-zinc-400" title="Needs more samples of the end offsets">
        —
      </span>
    );
  return (
    <span
      title={
        estimated ? 'Estimated: older than the first sample, extrapolated with the produce rate' : undefined
      }
    >
      {estimated && seconds > 0 ? '≈ ' : ''}
      {formatDuration(seconds)}
    </span>
  );
}

const columns: ColumnDef<GroupSummary>[] = [
  {
    id: 'group',
    accessorKey: 'groupId',
    sortingFn: 'text',
    header: 'Group',
    cell: ({ row }) => (
      <Link
        prefetch={false}
        href={groupHref(row.original.groupId)}
        className="font-mono text-[13px] text-sky-700 hover:underline dark:text-sky-400"
      >
        {row.original.groupId}
      </Link>
    ),
  },
  {
    id: 'state',
    accessorKey: 'state',
    header: 'State',
    cell: ({ row }) => <StateBadge state={row.original.state} />,
  },
  {
    id: 'protocol',
    accessorKey: 'protocol',
    header: 'Protocol',
    cell: ({ row }) => (
      <span
        className="text-zinc-600 dark:text-zinc-400"
        title={row.original.protocol === 'consumer' ? 'The new consumer group protocol (KIP-848)' : undefined}
      >
        {row.original.protocol}
      </span>
    ),
  },
  { id: 'members', accessorKey: 'members', sortingFn: 'basic', header: 'Members', meta: { numeric: true } },
  {
    id: 'topics',
    accessorFn: (g) => g.topics.length,
    sortingFn: 'basic',
    header: 'Topics',
    cell: ({ row: { original: g } }) => (
      <span className="block max-w-56 truncate text-zinc-600 dark:text-zinc-400" title={g.topics.join(', ')}>
        {g.topics.length === 1 ? g.topics[0] : `${g.topics.length} topics`}
      </span>
    ),
  },
  {
    id: 'lag',
    accessorKey: 'lag',
    sortingFn: 'basic',
    header: 'Lag',
    meta: { numeric: true },
    cell: ({ row: { original: g } }) => (
      <span data-testid="group-lag" className={cn(g.lag > 0 && 'font-medium')}>
        {formatNumber(g.lag)}
      </span>
    ),
  },
  {
    id: 'lagSeconds',
    accessorFn: (g) => g.lagSeconds ?? -1,
    sortingFn: 'basic',
    header: 'Lag (time)',
    meta: { numeric: true },
    cell: ({ row: { original: g } }) => (
      <LagSeconds seconds={g.lagSeconds} estimated={g.lagSecondsEstimated} />
    ),
  },
  {
    id: 'trend',
    header: 'Trend',
    enableSorting: false,
    cell: ({ row: { original: g } }) => (
      <Sparkline values={g.trend} label={`Lag of ${g.groupId} over the last ${g.trend.length} samples`} />
    ),
  },
  {
    id: 'status',
    accessorFn: (g) => STATUSES.indexOf(g.status),
    sortingFn: 'basic',
    header: 'Status',
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  },
  {
    id: 'coordinator',
    accessorKey: 'coordinator',
    sortingFn: 'basic',
    header: 'Coordinator',
    meta: { numeric: true },
  },
];
const sortable = new Set(columns.filter((c) => c.enableSorting !== false).map((c) => c.id));

/** Group list: search and sort in the URL (?q=&sort=&desc=0|1); sorted by lag, largest first, by default. */
export function GroupsTable({ groups }: { groups: GroupSummary[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const q = params.get('q') ?? '';
  const sortId = sortable.has(params.get('sort') ?? '') ? params.get('sort')! : 'lag';
  const desc = params.has('desc') ? params.get('desc') === '1' : sortId === 'lag';
  const setParams = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    const s = next.toString();
    router.replace(s ? `${pathname}?${s}` : pathname, { scroll: false });
  };
  // Stable table state (see ARCHITECTURE.md: a new sorting array per render loops forever).
  const sorting = useMemo<SortingState>(() => [{ id: sortId, desc }], [sortId, desc]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: groups,
    columns,
    state: { sorting, globalFilter: q },
    globalFilterFn: (row, _id, value: string) => {
      const v = value.toLowerCase();
      return (
        row.original.groupId.toLowerCase().includes(v) ||
        row.original.topics.some((t) => t.toLowerCase().includes(v))
      );
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    autoResetPageIndex: false,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const lagging = groups.filter((g) => g.lag > 0).length;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="mb-3 flex items-center gap-3">
        <Input
          type="search"
          aria-label="Search groups"
          placeholder="Search groups or topics…"
          className="max-w-xs"
          defaultValue={q}
          onChange={(e) => setParams({ q: e.target.value })}
        />
        {lagging > 0 && <Badge tone="warn">{formatNumber(lagging)} lagging</Badge>}
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400" data-testid="group-count">
          {formatNumber(rows.length)} of {formatNumber(groups.length)} groups
        </span>
      </div>
      <div
        ref={scrollRef}
        className="min-h-0 flex-1 overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
        data-testid="groups-table"
      >
        <table className="w-full border-collapse text-sm">
          <thead className="sticky top-0 z-10 bg-zinc-50 dark:bg-zinc-900">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  const active = sortId === h.column.id;
                  const label = flexRender(h.column.columnDef.header, h.getContext());
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
                      className={cn(
                        'border-b border-zinc-200 px-3 py-2 text-xs font-medium tracking-wide whitespace-nowrap text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400',
                        numeric ? 'text-right' : 'text-left',
                      )}
                    >
                      {sortable.has(h.column.id) ? (
                        <button
                          type="button"
                          className={cn(
                            'inline-flex items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100',
                            active && 'text-zinc-900 dark:text-zinc-100',
                          )}
                          onClick={() =>
                            setParams({ sort: h.column.id, desc: active ? (desc ? '0' : '1') : null })
                          }
                        >
                          {label}
                          {active &&
                            (desc ? (
                              <ArrowDown className="size-3" aria-hidden />
                            ) : (
                              <ArrowUp className="size-3" aria-hidden />
                            ))}
                        </button>
                      ) : (
                        label
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
                  data-testid="group-row"
                >
                  {row.getVisibleCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)
                      ?.numeric;
                    return (
                      <td
                        key={cell.id}
                        className={cn(
                          'border-b border-zinc-100 px-3 whitespace-nowrap text-zinc-800 dark:border-zinc-800/60 dark:text-zinc-200',
                          numeric && 'text-right tabular-nums',
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden />}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="p-6 text-center text-sm text-zinc-500 dark:text-zinc-400">
            {groups.length ? 'No group matches the search.' : 'No consumer groups on this cluster yet.'}
          </p>
        )}
      </div>
    </div>
  );
}
