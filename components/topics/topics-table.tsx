'use client';
import { useMemo } from 'react';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
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
import { Input } from '@/components/ui/input';
import { useUrlParams } from '@/components/ui/use-url-params';
import { VirtualTable } from '@/components/ui/virtual-table';
import { cn } from '@/lib/cn';
import { formatBytes, formatNumber } from '@/lib/format';
import type { TopicSummary } from '@/lib/types';

type T = ReturnType<typeof useTranslations<'topics'>>;

const makeColumns = (t: T): ColumnDef<TopicSummary>[] => [
  {
    id: 'name',
    accessorKey: 'name',
    // 'text' (plain comparison) instead of TanStack's default 'alphanumeric', which is ~10x slower on 10k rows.
    sortingFn: 'text',
    header: t('topic'),
    cell: ({ row }) => (
      <span className="flex max-w-[min(24rem,55vw)] items-center gap-1">
        <Link
          // No prefetch: the topic page is dynamic, and prefetching every visible row costs the server a
          // metadata call per row on each scroll.
          prefetch={false}
          href={`/topics/${encodeURIComponent(row.original.name)}`}
          className="min-w-0 font-mono text-[13px] text-sky-700 hover:underline dark:text-sky-400"
        >
          <MiddleTruncate text={row.original.name} />
        </Link>
        <CopyButton value={row.original.name} label={t('copy', { name: row.original.name })} />
        {row.original.internal && <Badge>{t('internal')}</Badge>}
      </span>
    ),
  },
  {
    id: 'partitions',
    accessorKey: 'partitions',
    sortingFn: 'basic',
    header: t('partitions'),
    meta: { numeric: true },
  },
  {
    id: 'replicationFactor',
    accessorKey: 'replicationFactor',
    sortingFn: 'basic',
    header: t('rf'),
    meta: { numeric: true },
  },
  {
    id: 'underReplicated',
    sortingFn: 'basic',
    accessorFn: (x) => x.underReplicated + x.offline * 1e6,
    header: t('underReplicated'),
    meta: { numeric: true },
    cell: ({ row: { original: x } }) =>
      x.offline ? (
        <Badge tone="bad">{t('offline', { n: x.offline })}</Badge>
      ) : x.underReplicated ? (
        <Badge tone="warn">{x.underReplicated}</Badge>
      ) : (
        <span className="text-zinc-400">0</span>
      ),
  },
  {
    id: 'messages',
    accessorKey: 'messages',
    sortingFn: 'basic',
    header: t('messages'),
    meta: { numeric: true },
    cell: ({ row: { original: x } }) => (
      <span title={x.messagesEstimate ? t('estimate') : undefined}>
        {x.messagesEstimate ? '≈ ' : ''}
        {formatNumber(x.messages)}
      </span>
    ),
  },
  {
    id: 'size',
    sortingFn: 'basic',
    accessorFn: (x) => x.sizeBytes ?? -1,
    header: t('size'),
    meta: { numeric: true },
    cell: ({ row: { original: x } }) => (x.sizeBytes === null ? '—' : formatBytes(x.sizeBytes)),
  },
  {
    id: 'consumerLag',
    sortingFn: 'basic',
    accessorFn: (x) => x.consumerLag ?? -1,
    header: t('consumerLag'),
    meta: { numeric: true },
    cell: ({ row: { original: x } }) =>
      !x.consumerGroups ? (
        <span className="text-zinc-400" title={x.consumerGroups === null ? t('noSample') : t('noGroup')}>
          —
        </span>
      ) : (
        <Link
          prefetch={false}
          href={`/topics/${encodeURIComponent(x.name)}?tab=consumers`}
          className="hover:underline"
          title={t('groupsHint', { n: x.consumerGroups })}
        >
          <span className="text-zinc-500 dark:text-zinc-400">{t('groups', { n: x.consumerGroups })} · </span>
          <span className={cn(x.consumerLag ? 'font-medium text-amber-700 dark:text-amber-400' : undefined)}>
            {formatNumber(x.consumerLag ?? 0)}
          </span>
        </Link>
      ),
  },
  {
    id: 'cleanupPolicy',
    accessorKey: 'cleanupPolicy',
    header: t('cleanup'),
    cell: (c) => <span className="text-zinc-600 dark:text-zinc-400">{String(c.getValue())}</span>,
  },
];

const sortable = new Set([
  'name',
  'partitions',
  'replicationFactor',
  'underReplicated',
  'messages',
  'size',
  'consumerLag',
  'cleanupPolicy',
]);

/** Topic list: search and sort on every column, all in the URL (?q=&sort=&desc=1&internal=1). */
export function TopicsTable({ topics }: { topics: TopicSummary[] }) {
  const [params, setParams] = useUrlParams();
  const t = useTranslations('topics');
  const columns = useMemo(() => makeColumns(t), [t]);
  const q = params.get('q') ?? '';
  const sortId = sortable.has(params.get('sort') ?? '') ? params.get('sort')! : 'name';
  const desc = params.get('desc') === '1';
  const showInternal = params.get('internal') === '1';

  const data = useMemo(
    () => (showInternal ? topics : topics.filter((x) => !x.internal)),
    [topics, showInternal],
  );
  // A stable state object: a new array each render makes TanStack recompute its row models, which (with
  // auto page-index reset on) schedules a state update, which renders again: an endless render loop that
  // froze the browser whenever a navigation re-rendered this table.
  const sorting = useMemo<SortingState>(() => [{ id: sortId, desc }], [sortId, desc]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter: q },
    globalFilterFn: (row, _id, value: string) =>
      row.original.name.toLowerCase().includes(value.toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    manualSorting: false,
    autoResetPageIndex: false, // no pagination: the list is virtualized
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="mb-3 flex items-center gap-3">
        <Input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          className="max-w-xs"
          defaultValue={q}
          onChange={(e) => setParams({ q: e.target.value })}
        />
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <input
            type="checkbox"
            checked={showInternal}
            onChange={(e) => setParams({ internal: e.target.checked ? '1' : null })}
          />
          {t('showInternal')}
        </label>
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400" data-testid="topic-count">
          {t('count', { shown: rows.length, total: data.length })}
        </span>
      </div>
      <VirtualTable
        table={table}
        sortId={sortId}
        desc={desc}
        onSort={(id, active) =>
          setParams({ sort: id === 'name' && !active ? null : id, desc: active && !desc ? '1' : null })
        }
        testId="topics-table"
        // The server renders the first screen of rows; the browser's first render must match it.
        initialRect={{ width: 1280, height: 800 }}
        empty={q ? t('noMatch', { q }) : t('none')}
      />
    </div>
  );
}
