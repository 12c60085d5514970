import { describe, expect, it } from 'vitest';
import type { Message } from '@/lib/schemas/messages';
import { addBatch, addedOnTop } from './message-order';

const m = (offset: number, partition = 0): Message => ({
  partition,
  offset,
  timestamp: 1_700_000_000_000 + offset,
  timestampType: 'create',
  key: { encoding: 'null', size: 0, truncated: false },
  value: { encoding: 'text', size: 1, truncated: false, text: String(offset) },
  headers: [],
});
const offsets = (list: Message[]) => list.map((x) => x.offset);
const isDescending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! > x);

describe('the order of a streamed list', () => {
  it('live, whatever the start: one order, newest first, as the newest read and then live batches arrive', () => {
    // start=newest: the read comes newest first in two batches, then live messages oldest first.
    let list: Message[] = [];
    list = addBatch(list, [m(99), m(98), m(97)], { live: true, order: 'descending', max: 100 });
    list = addBatch(list, [m(96), m(95)], { live: true, order: 'descending', max: 100 });
    list = addBatch(list, [m(100), m(101)], { live: true, order: 'ascending', max: 100 });
    list = addBatch(list, [m(102)], { live: true, order: 'ascending', max: 100 });
    expect(offsets(list)).toEqual([102, 101, 100, 99, 98, 97, 96, 95]);
    // start=oldest: a forward read comes oldest first, then live.
    let fwd: Message[] = [];
    for (const b of [[m(0), m(1)], [m(2), m(3)], [m(4)]])
      fwd = addBatch(fwd, b, { live: true, order: 'ascending', max: 100 });
    expect(isDescending(offsets(fwd))).toBe(true);
  });

  it('not live: the server’s order, appended', () => {
    const list = addBatch([m(5), m(4)], [m(3)], { live: false, order: 'descending', max: 100 });
    expect(offsets(list)).toEqual([5, 4, 3]);
  });

  it('keeps at most `max`, dropping the oldest (the bottom in live mode)', () => {
    const list = addBatch([m(3), m(2), m(1)], [m(4), m(5)], { live: true, order: 'ascending', max: 4 });
    expect(offsets(list)).toEqual([5, 4, 3, 2]);
  });

  it('counts what went on top since the previous first row', () => {
    const before = [m(3), m(2)];
    const after = addBatch(before, [m(4), m(5)], { live: true, order: 'ascending', max: 10 });
    expect(addedOnTop(after, before[0])).toBe(2);
    expect(addedOnTop(after, undefined)).toBe(0);
    expect(addedOnTop(after, m(77))).toBe(0);
  });
});
