'use client';
import { useMemo } from 'react';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/lib/i18n/use-format';
import { CopyButton } from '@/components/ui/copy-button';
import { MiddleTruncate } from '@/components/ui/middle-truncate';
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { Badge } from '@/components/ui/badge';
import { SearchInput } from '@/components/ui/search-input';
import { useUrlParams } from '@/components/ui/use-url-params';
import { VirtualTable } from '@/components/ui/virtual-table';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { tableColumn, groupColumns, groupMatches, groupView } from '@/lib/list-views';
import type { FirstScreen, GroupSummary } from '@/lib/types';
import { Sparkline } from './sparkline';
import { StateBadge, StatusBadge } from './status-badge';

export const groupHref = (id: string) => `/groups/${encodeURIComponent(id)}`;

export function LagSeconds({ seconds, estimated }: { seconds: number | null; estimated: boolean }) {
  const t = useTranslations('groups');
  const fmt = useFormat();
  if (seconds === null)
    return (
      <span className="text-zinc-400" title={t('needsSamples')}>
        —
      </span>
    );
  return (
    <span title={estimated ? t('estimated') : undefined}>
      {estimated && seconds > 0 ? '≈ ' : ''}
      {fmt.duration(seconds)}
    </span>
  );
}

type T = ReturnType<typeof useTranslations<'groups'>>;

/** A column's id, value and sorting, as the server's first screen sorts them (lib/list-views.ts). */
const by = (id: keyof typeof groupColumns) => tableColumn(groupColumns, id);

const makeColumns = (t: T): ColumnDef<GroupSummary>[] => [
  {
    ...by('group'),
    header: t('group'),
    cell: ({ row }) => (
      <span className="flex max-w-[min(20rem,50vw)] items-center gap-1">
        <Link
          prefetch={false}
          href={groupHref(row.original.groupId)}
          className="min-w-0 font-mono text-[13px] text-sky-700 hover:underline dark:text-sky-400"
        >
          <MiddleTruncate text={row.original.groupId} />
        </Link>
        <CopyButton value={row.original.groupId} label={t('copy', { name: row.original.groupId })} />
      </span>
    ),
  },
  {
    ...by('state'),
    header: t('state'),
    cell: ({ row }) => <StateBadge state={row.original.state} />,
  },
  {
    ...by('protocol'),
    header: t('protocol'),
    cell: ({ row }) => (
      <span
        className="text-zinc-600 dark:text-zinc-400"
        title={row.original.protocol === 'consumer' ? t('kip848') : undefined}
      >
        {row.original.protocol}
      </span>
    ),
  },
  {
    ...by('members'),
    header: t('members'),
    meta: { numeric: true },
  },
  {
    ...by('topics'),
    header: t('topics'),
    cell: ({ row: { original: g } }) => (
      <span className="block max-w-56 truncate text-zinc-600 dark:text-zinc-400" title={g.topics.join(', ')}>
        {g.topics.length === 1 ? g.topics[0] : t('topicCount', { n: g.topics.length })}
      </span>
    ),
  },
  {
    ...by('lag'),
    header: t('lag'),
    meta: { numeric: true },
    cell: ({ row: { original: g } }) => (
      <span data-testid="group-lag" className={cn(g.lag > 0 && 'font-medium')}>
        {formatNumber(g.lag)}
      </span>
    ),
  },
  {
    ...by('lagSeconds'),
    header: t('lagTime'),
    meta: { numeric: true },
    cell: ({ row: { original: g } }) => (
      <LagSeconds seconds={g.lagSeconds} estimated={g.lagSecondsEstimated} />
    ),
  },
  {
    id: 'trend',
    header: t('trend'),
    enableSorting: false,
    cell: ({ row: { original: g } }) => (
      <Sparkline values={g.trend} label={t('trendLabel', { group: g.groupId, n: g.trend.length })} />
    ),
  },
  {
    ...by('status'),
    header: t('status'),
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  },
  {
    ...by('coordinator'),
    header: t('coordinator'),
    meta: { numeric: true },
  },
];
/** Group list: search and sort in the URL (?q=&sort=&desc=0|1); sorted by lag, largest first, by default. */
export function GroupsTable({ groups, firstScreen }: { groups: GroupSummary[]; firstScreen?: FirstScreen }) {
  const [params, setParams] = useUrlParams();
  const t = useTranslations('groups');
  const columns = useMemo(() => makeColumns(t), [t]);
  const { q, sortId, desc } = groupView(params);
  // Stable table state (see ARCHITECTURE.md: a new sorting array per render loops forever).
  const sorting = useMemo<SortingState>(() => [{ id: sortId, desc }], [sortId, desc]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: groups,
    columns,
    state: { sorting, globalFilter: q },
    globalFilterFn: (row, _id, value: string) => groupMatches(row.original, value),
    // The search looks at the group and its topics: asked once per row, not once per column.
    getColumnCanGlobalFilter: (c) => c.id === 'group',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    autoResetPageIndex: false,
  });
  const rows = table.getRowModel().rows;
  const lagging = firstScreen?.lagging ?? groups.filter((g) => g.lag > 0).length;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <SearchInput
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          className="max-w-xs"
          value={q}
          onSearch={(text) => setParams({ q: text })}
        />
        {lagging > 0 && <Badge tone="warn">{t('lagging', { n: lagging })}</Badge>}
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400" data-testid="group-count">
          {firstScreen
            ? t('loadingAll', { total: firstScreen.total })
            : t('count', { shown: rows.length, total: groups.length })}
        </span>
      </div>
      <VirtualTable
        table={table}
        sortId={sortId}
        desc={desc}
        onSort={(id, active) => setParams({ sort: id, desc: active ? (desc ? '0' : '1') : null })}
        testId="groups-table"
        rowTestId="group-row"
        // The server renders the first screen of rows (the list is prefetched); the browser's first render
        // must match it.
        initialRect={{ width: 1280, height: 800 }}
        empty={groups.length ? t('noMatch') : t('none')}
      />
    </div>
  );
}
