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
import { SearchInput } from '@/components/ui/search-input';
import { useUrlParams } from '@/components/ui/use-url-params';
import { VirtualTable } from '@/components/ui/virtual-table';
import { cn } from '@/lib/cn';
import { formatBytes, formatNumber } from '@/lib/format';
import { tableColumn, topicColumns, topicMatches, topicView } from '@/lib/list-views';
import type { FirstScreen, TopicSummary } from '@/lib/types';

type T = ReturnType<typeof useTranslations<'topics'>>;

/** A column's id, value and sorting, as the server's first screen sorts them (lib/list-views.ts). */
const by = (id: keyof typeof topicColumns) => tableColumn(topicColumns, id);

const makeColumns = (t: T): ColumnDef<TopicSummary>[] => [
  {
    // 'text' (plain comparison) instead of TanStack's default 'alphanumeric', which is ~10x slower on 10k rows.
    ...by('name'),
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
    ...by('partitions'),
    header: t('partitions'),
    meta: { numeric: true },
  },
  {
    ...by('replicationFactor'),
    header: t('rf'),
    meta: { numeric: true },
  },
  {
    ...by('underReplicated'),
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
    ...by('messages'),
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
    ...by('size'),
    header: t('size'),
    meta: { numeric: true },
    cell: ({ row: { original: x } }) => (x.sizeBytes === null ? '—' : formatBytes(x.sizeBytes)),
  },
  {
    ...by('consumerLag'),
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
    ...by('cleanupPolicy'),
    header: t('cleanup'),
    cell: (c) => <span className="text-zinc-600 dark:text-zinc-400">{String(c.getValue())}</span>,
  },
];

/** Topic list: search and sort on every column, all in the URL (?q=&sort=&desc=1&internal=1). */
export function TopicsTable({ topics, firstScreen }: { topics: TopicSummary[]; firstScreen?: FirstScreen }) {
  const [params, setParams] = useUrlParams();
  const t = useTranslations('topics');
  const columns = useMemo(() => makeColumns(t), [t]);
  const { q, sortId, desc, internal: showInternal } = topicView(params);

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
    globalFilterFn: (row, _id, value: string) => topicMatches(row.original, value),
    // The search looks at names only: asked once per row, not once per column.
    getColumnCanGlobalFilter: (c) => c.id === 'name',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    manualSorting: false,
    autoResetPageIndex: false, // no pagination: the list is virtualized
  });
  const rows = table.getRowModel().rows;

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
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <input
            type="checkbox"
            checked={showInternal}
            onChange={(e) => setParams({ internal: e.target.checked ? '1' : null })}
          />
          {t('showInternal')}
        </label>
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400" data-testid="topic-count">
          {firstScreen
            ? t('loadingAll', { total: firstScreen.total })
            : t('count', { shown: rows.length, total: data.length })}
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
