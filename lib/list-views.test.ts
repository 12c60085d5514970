import { describe, expect, it } from 'vitest';
import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type ColumnDef,
} from '@tanstack/table-core';
import {
  FIRST_SCREEN_FROM,
  FIRST_SCREEN_ROWS,
  firstRows,
  groupColumns,
  groupListFirstScreen,
  groupMatches,
  groupView,
  searchParamsOf,
  topicColumns,
  topicListFirstScreen,
  topicMatches,
  topicView,
  tableColumn,
  type ListView,
} from './list-views';
import { STATUSES } from './lag';
import type { GroupList, GroupSummary, TopicList, TopicSummary } from './types';

// The server's first screen must be the rows the browser's table (TanStack) shows first for the same URL:
// checked against TanStack's own row models on lists with ties, nulls and mixed-case names.

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const pick = <T>(xs: T[]) => xs[rand(xs.length)]!;
const name = (i: number) =>
  `${pick(['orders', 'Orders', 'pay', 'PAY', 'user'])}.${pick(['a', 'B', 'c'])}-${i % 37}`;

const topic = (i: number): TopicSummary => ({
  name: name(i),
  internal: rand(10) === 0,
  partitions: rand(4),
  replicationFactor: 1 + rand(3),
  underReplicated: rand(3),
  offline: rand(6) === 0 ? 1 : 0,
  messages: rand(5) * 1000,
  messagesEstimate: false,
  sizeBytes: rand(4) === 0 ? null : rand(3) * 512,
  cleanupPolicy: pick(['delete', 'compact', 'compact,delete', 'Delete']),
  consumerGroups: rand(3) === 0 ? null : rand(3),
  consumerLag: rand(3) === 0 ? null : rand(4) * 10,
});

const group = (i: number): GroupSummary => ({
  groupId: name(i),
  state: pick(['Stable', 'Empty', 'PreparingRebalance', 'stable']),
  protocol: pick(['classic', 'consumer', '']),
  members: rand(3),
  topics: Array.from({ length: rand(3) }, (_, k) => name(i + k)),
  lag: rand(4) * 7,
  lagSeconds: rand(3) === 0 ? null : rand(5),
  status: pick([...STATUSES]),
  coordinator: rand(3),
  partitions: rand(5),
  lagSecondsEstimated: false,
  trend: [],
});

function tanstack<T>(
  data: T[],
  columns: Record<string, { value: (x: T) => unknown; sort: string }>,
  matches: (x: T, q: string) => boolean,
  view: ListView,
  ours = true, // the tables' column definitions (tableColumn), or TanStack's own 'text' and 'basic'
) {
  const defs = Object.entries(columns).map(
    ([id, c]) =>
      (ours
        ? tableColumn(columns as never, id)
        : { id, accessorFn: c.value, sortingFn: c.sort }) as ColumnDef<T>,
  );
  const first = Object.keys(columns)[0];
  const table = createTable<T>({
    data,
    columns: defs,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    globalFilterFn: (row, _id, q: string) => matches(row.original, q),
    getColumnCanGlobalFilter: (c) => c.id === first,
  });
  table.setOptions((o) => ({
    ...o,
    state: { ...table.initialState, sorting: [{ id: view.sortId, desc: view.desc }], globalFilter: view.q },
  }));
  return table.getRowModel().rows.map((r) => r.original);
}

const topics = Array.from({ length: 400 }, (_, i) => topic(i));
const groups = Array.from({ length: 400 }, (_, i) => group(i));

describe('first screen of a list', () => {
  for (const [label, rows, columns, matches] of [
    ['topics', topics, topicColumns, topicMatches],
    ['groups', groups, groupColumns, groupMatches],
  ] as const)
    for (const sortId of Object.keys(columns))
      for (const desc of [false, true])
        for (const q of ['', 'ORDERS', 'b-1'])
          it(`${label} by ${sortId}${desc ? ' desc' : ''}${q ? ` q=${q}` : ''}: the rows TanStack shows first`, () => {
            const view = { q, sortId, desc, internal: true };
            const ours = firstRows(rows as never[], columns as never, matches as never, view, 1000);
            expect(ours.length).toBeGreaterThan(0);
            expect(ours).toEqual(tanstack(rows as never[], columns as never, matches as never, view, false));
            expect(ours).toEqual(tanstack(rows as never[], columns as never, matches as never, view));
          });

  it('reads the view from the URL as the tables do', () => {
    const sp = (o: Record<string, string | string[]>) => searchParamsOf(o);
    expect(topicView(sp({}))).toEqual({ q: '', sortId: 'name', desc: false, internal: false });
    expect(topicView(sp({ sort: 'nope', q: ['a', 'b'], internal: '1', desc: '1' }))).toEqual({
      q: 'a',
      sortId: 'name',
      desc: true,
      internal: true,
    });
    expect(groupView(sp({}))).toMatchObject({ sortId: 'lag', desc: true });
    expect(groupView(sp({ sort: 'lag', desc: '0' }))).toMatchObject({ sortId: 'lag', desc: false });
    expect(groupView(sp({ sort: 'members' }))).toMatchObject({ sortId: 'members', desc: false });
  });

  it('cuts only long lists, and counts what the view holds', () => {
    const many = Array.from({ length: FIRST_SCREEN_FROM * 2 }, (_, i) => topic(i));
    const list: TopicList = { topics: many, brokers: 1, sizesAvailable: true };
    const view = topicView(searchParamsOf({}));
    const cut = topicListFirstScreen(list, view);
    const shown = many.filter((x) => !x.internal);
    expect(cut.topics).toHaveLength(FIRST_SCREEN_ROWS);
    expect(cut.topics).toEqual(tanstack(shown, topicColumns, topicMatches, view).slice(0, FIRST_SCREEN_ROWS));
    expect(cut.firstScreen).toEqual({ total: shown.length });
    const short: TopicList = { ...list, topics: many.slice(0, 30) };
    expect(topicListFirstScreen(short, view)).toBe(short);

    const gl = { groups: Array.from({ length: FIRST_SCREEN_FROM + 1 }, (_, i) => group(i)) } as GroupList;
    const g = groupListFirstScreen(gl, groupView(searchParamsOf({})));
    expect(g.groups).toHaveLength(FIRST_SCREEN_ROWS);
    expect(g.groups[0]!.lag).toBe(Math.max(...gl.groups.map((x) => x.lag)));
    expect(g.firstScreen).toEqual({
      total: gl.groups.length,
      lagging: gl.groups.filter((x) => x.lag > 0).length,
    });
  });
});
