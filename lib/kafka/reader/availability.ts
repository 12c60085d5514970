import 'server-only';
import type { ReadEvent } from '@/lib/schemas/stream';

// Which partitions of a read cannot be read right now (no leader, or its leader's broker is down), why, and
// since when. The read goes on with the others and says so with a `partitions` event when this changes.

export const NO_LEADER = 'no leader: every broker with a replica is down';
export const leaderDown = (nodeId: number) => `its leader, broker ${nodeId}, cannot be reached`;

export class Availability {
  readonly unavailable = new Map<number, { reason: string; since: number }>();
  private changed = false;
  /** When the topic's leaders were last looked up again because some partitions were unavailable. */
  lastRecheck = Date.now();

  /** Partitions left out when the read was planned. */
  skip(down: Map<number, string>) {
    const now = Date.now();
    for (const [p, reason] of down) this.unavailable.set(p, { reason, since: now });
    this.changed = down.size > 0;
  }

  /** Record which of the partitions just fetched are unavailable (and since when); flag a change. */
  note(partitions: number[], down: Map<number, string>) {
    for (const p of partitions) {
      const reason = down.get(p);
      const was = this.unavailable.get(p);
      if (reason && !was) {
        this.unavailable.set(p, { reason, since: Date.now() });
        this.changed = true;
      } else if (!reason && was) {
        this.unavailable.delete(p);
        this.changed = true;
      }
    }
  }

  has = (partition: number) => this.unavailable.has(partition);
  get size() {
    return this.unavailable.size;
  }

  /** Unavailable for longer than `waitMs`: a bounded read goes on without it (with the reason). */
  givenUp(partition: number, waitMs: number) {
    const u = this.unavailable.get(partition);
    return u !== undefined && Date.now() - u.since > waitMs ? u : null;
  }

  /** The `partitions` event when availability changed since the last one (else null). */
  event(): ReadEvent | null {
    if (!this.changed) return null;
    this.changed = false;
    return {
      type: 'partitions',
      unavailable: [...this.unavailable]
        .sort(([a], [b]) => a - b)
        .map(([partition, u]) => ({ partition, reason: u.reason, since: u.since })),
    };
  }
}
