import 'server-only';
import { clusterSlot } from '@/lib/clusters/context';
import type { GroupEvent } from '@/lib/schemas/groups';
import type { RawGroup } from './data';

// A group's timeline of membership and assignment changes, as this server saw them: every time a group is
// described (the sampler's pass, each poll of its page), it is compared with the last description. Members
// that appear or disappear, a new assignment (a rebalance finished) and state changes become events. Classic
// groups do not report their generation over DescribeGroups, so rebalances are counted here, from the
// changes seen; a change that comes and goes between two looks is not seen. In memory, like the lag history.

const MAX_EVENTS = 100;

type Snapshot = { state: string; members: Map<string, { clientId: string; host: string; assigned: string }> };
type Timeline = {
  last: Map<string, Snapshot>;
  /** the whole group's assignment when it was last seen stable ('' when it had no members) */
  stable: Map<string, string>;
  events: Map<string, GroupEvent[]>;
  rebalances: Map<string, number>;
};

const timeline = (): Timeline =>
  clusterSlot('group-timeline', () => ({
    last: new Map(),
    stable: new Map(),
    events: new Map(),
    rebalances: new Map(),
  }));

/** An assignment as one comparable string: "orders:0,1,2;payments:3". */
const assigned = (m: RawGroup['members'][number]) =>
  [...m.assignment]
    .sort((a, b) => a.topic.localeCompare(b.topic))
    .map((a) => `${a.topic}:${a.partitions.join(',')}`)
    .join(';');

function snapshot(g: RawGroup): Snapshot {
  return {
    state: g.state,
    members: new Map(
      g.members.map((m) => [m.memberId, { clientId: m.clientId, host: m.host, assigned: assigned(m) }]),
    ),
  };
}

/** Compare each described group with how it was last seen, and add what changed to its timeline. */
export function observe(groups: RawGroup[], at: number) {
  const tl = timeline();
  for (const g of groups) {
    const now = snapshot(g);
    const before = tl.last.get(g.groupId);
    tl.last.set(g.groupId, now);
    const events = tl.events.get(g.groupId) ?? [];
    const add = (e: GroupEvent) => events.push(e);
    if (!before) add({ t: at, kind: 'observed', state: g.state, members: g.members.length });
    else {
      if (before.state !== now.state) add({ t: at, kind: 'state', from: before.state, to: now.state });
      for (const [id, m] of now.members)
        if (!before.members.has(id))
          add({ t: at, kind: 'joined', memberId: id, clientId: m.clientId, host: m.host });
      for (const [id, m] of before.members)
        if (!now.members.has(id))
          add({ t: at, kind: 'left', memberId: id, clientId: m.clientId, host: m.host });
    }
    // A new assignment handed out and settled (the group is stable again): the end of a rebalance. Steps in
    // between (members joined but not yet assigned) are not counted as rebalances of their own.
    const whole = [...now.members.values()]
      .map((m) => m.assigned)
      .sort()
      .join('|');
    if (g.state.toLowerCase() === 'stable') {
      const prev = tl.stable.get(g.groupId);
      tl.stable.set(g.groupId, whole);
      if (before && prev !== undefined && prev !== whole) {
        const n = (tl.rebalances.get(g.groupId) ?? 0) + 1;
        tl.rebalances.set(g.groupId, n);
        add({
          t: at,
          kind: 'rebalanced',
          rebalance: n,
          assignment: g.members.map((m) => ({
            clientId: m.clientId,
            memberId: m.memberId,
            assignment: m.assignment,
          })),
        });
      }
    } else if (now.members.size === 0) tl.stable.set(g.groupId, '');
    tl.events.set(g.groupId, events.slice(-MAX_EVENTS));
  }
}

/** The group's timeline, oldest first. */
export const groupEvents = (groupId: string): GroupEvent[] => timeline().events.get(groupId) ?? [];
