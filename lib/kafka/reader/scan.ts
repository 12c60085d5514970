import 'server-only';
import { PREVIEW_BYTES } from '@/lib/decode';
import type { ReadQuery } from '@/lib/schemas/messages';
import type { ReadEvent, endReasons } from '@/lib/schemas/stream';
import type { RawRecord } from '@/lib/kafka/wire/internals';
import type { MessageFilter } from './filter';
import type { ReadTarget } from './fetch';
import { prepareRecords, toCandidate, type Candidate } from './records';

/** A filtered scan stops after this many messages or this long, and says so. */
export const SCAN_LIMIT = 2_000_000;
export const SCAN_TIME_MS = 60_000;
/** Empty answers below a partition's end are asked again this many times, waiting this long each. */
export const EMPTY_RETRIES = 3;
export const EMPTY_RETRY_WAIT_MS = 200;

export type EndReason = (typeof endReasons)[number];

/** What the three ways of reading (newest, forward, live) share: counters, the filter, the bounds. */
export class Scan {
  scanned = 0;
  found = 0;
  /** Notes for the end: partitions given up on while they were unavailable. */
  readonly doneNotes: string[] = [];
  private readonly began = Date.now();
  /** A download holds whole values; the viewer gets previews and asks for a whole one when needed. */
  private readonly valueLimit: number;

  constructor(
    readonly target: ReadTarget,
    readonly query: ReadQuery,
    private readonly filter: MessageFilter | null,
    /** A bounded read waits this long for a partition that became unavailable, then goes on without it. */
    private readonly unavailableWait: number,
  ) {
    this.valueLimit = query.format === 'sse' ? PREVIEW_BYTES : Number.MAX_SAFE_INTEGER;
  }

  get filtered() {
    return this.filter !== null;
  }

  get signal() {
    return this.target.signal;
  }

  /**
   * The records below offset `below` as candidates (at most `limit`: an unfiltered read decodes only what it
   * can return), counted as scanned. A filter's look at the raw bytes leaves out, undecoded, the records
   * that cannot match.
   */
  async candidates(
    partition: number,
    records: RawRecord[],
    below = Infinity,
    limit = Infinity,
  ): Promise<Candidate[]> {
    let taken = limit < records.length ? records.slice(0, limit) : records;
    const end = taken.findIndex((r) => Number(r.offset) >= below);
    if (end >= 0) taken = taken.slice(0, end);
    this.scanned += taken.length;
    if (this.filter) taken = taken.filter((r) => this.filter!.maybe(r));
    await prepareRecords(taken, this.query.keyAs, this.query.valueAs);
    const { name } = this.target;
    const { keyAs, valueAs } = this.query;
    return taken.map((rec) => toCandidate(name, partition, rec, keyAs, valueAs, this.valueLimit));
  }

  /** The candidates the filter keeps (all without one), in order. */
  async kept(cands: Candidate[]): Promise<Candidate[]> {
    if (!this.filter) return cands;
    const ok = await this.filter.test(cands, this.signal);
    return cands.filter((_, i) => ok[i]);
  }

  /** A filtered scan past its bounds. */
  limitHit(): EndReason | null {
    if (!this.filter) return null;
    if (this.scanned >= SCAN_LIMIT) return 'scan-limit';
    return Date.now() - this.began > SCAN_TIME_MS ? 'time-limit' : null;
  }

  /**
   * A partition that cannot be read (no answer and unavailable): false while it is worth waiting for it;
   * true once it has been unavailable too long, with a note of `what` was not read (the read goes on).
   */
  giveUp(partition: number, what: string): boolean {
    const u = this.target.availability.givenUp(partition, this.unavailableWait);
    if (!u) return false;
    this.doneNotes.push(`Partition ${partition} became unavailable (${u.reason}); ${what}.`);
    return true;
  }

  /** The `partitions` event when availability changed (else null). */
  availability(): ReadEvent | null {
    return this.target.availability.event();
  }
}
