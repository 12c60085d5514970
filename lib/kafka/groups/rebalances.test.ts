import { describe, expect, it } from 'vitest';
import type { RawGroup } from './data';
import { groupEvents, observe } from './rebalances';

const member = (id: string, partitions: number[]) => ({
  memberId: id,
  clientId: `client-${id}`,
  host: `/10.0.0.${id.length}`,
  instanceId: null,
  assignment: partitions.length ? [{ topic: 'orders', partitions }] : [],
});
const group = (id: string, state: string, members: RawGroup['members']): RawGroup => ({
  groupId: id,
  state,
  protocol: 'classic',
  assignor: 'range',
  coordinator: 1,
  members,
  offsets: new Map(),
});

describe('a group timeline', () => {
  it('records joins, leaves, state changes and each settled new assignment as a numbered rebalance', () => {
    const id = 'timeline-a';
    observe([group(id, 'Stable', [member('a', [0, 1, 2, 3])])], 1);
    // a second member joins: the group rebalances; its steps in between are not rebalances of their own
    observe([group(id, 'PreparingRebalance', [member('a', [0, 1, 2, 3]), member('bb', [])])], 2);
    observe([group(id, 'Stable', [member('a', [0, 1]), member('bb', [2, 3])])], 3);
    observe([group(id, 'Stable', [member('a', [0, 1]), member('bb', [2, 3])])], 4); // nothing new
    observe([group(id, 'Stable', [member('bb', [0, 1, 2, 3])])], 5); // a leaves
    observe([group(id, 'Empty', [])], 6);

    const events = groupEvents(id);
    expect(events.map((e) => [e.t, e.kind])).toEqual([
      [1, 'observed'],
      [2, 'state'],
      [2, 'joined'],
      [3, 'state'],
      [3, 'rebalanced'],
      [5, 'left'],
      [5, 'rebalanced'],
      [6, 'state'],
      [6, 'left'],
    ]);
    const second = events.filter((e) => e.kind === 'rebalanced');
    expect(second.map((e) => e.kind === 'rebalanced' && e.rebalance)).toEqual([1, 2]);
    expect(second[0]).toMatchObject({
      assignment: [
        { clientId: 'client-a', assignment: [{ topic: 'orders', partitions: [0, 1] }] },
        { clientId: 'client-bb', assignment: [{ topic: 'orders', partitions: [2, 3] }] },
      ],
    });
    expect(events[2]).toMatchObject({
      kind: 'joined',
      memberId: 'bb',
      clientId: 'client-bb',
      host: '/10.0.0.2',
    });
  });

  it('counts the first consumer of an empty group as a rebalance, and keeps groups apart', () => {
    observe([group('timeline-b', 'Empty', [])], 1);
    observe([group('timeline-b', 'Stable', [member('a', [0])])], 2);
    expect(groupEvents('timeline-b').filter((e) => e.kind === 'rebalanced')).toHaveLength(1);
    expect(groupEvents('timeline-none')).toEqual([]);
  });
});
