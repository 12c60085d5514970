import 'server-only';
import { PREVIEW_BYTES, decodeBytes, toWire, type Decoded, type EncodingChoice } from '@/lib/decode';
import type { Message } from '@/lib/schemas/messages';
import type { RawRecord } from '@/lib/kafka/wire/internals';
import { decodeFramed, prepare } from '@/lib/registry/decode';

const TS_TYPES = { 0: 'create', 1: 'log-append' } as const;

/** A key or value as asked: with its registry schema when it names one, else as lib/decode.ts says. */
const decodeValue = (bytes: Buffer | null, as: EncodingChoice, subject: string) =>
  decodeFramed(bytes, as, subject) ?? decodeBytes(bytes, as);

/** Load the registry schemas these records' keys and values name (before `toCandidate`, which is sync). */
export const prepareRecords = (records: RawRecord[], keyAs: EncodingChoice, valueAs: EncodingChoice) =>
  prepare(
    records.flatMap((r) => [r.key, r.value]),
    [keyAs, valueAs],
  );

/**
 * A record as the reader holds it: key and value decoded when first read (a CEL filter over JSON parses them
 * in its worker and never asks), the message as sent to the browser (`message`) built only for the records
 * that are kept: a filtered scan of a million records builds a few. A class: one is made per record.
 */
export class Candidate {
  readonly offset: number;
  readonly timestamp: number;
  readonly headers: { key: string; value: Buffer }[] = [];
  readonly rawKey: Buffer | null;
  readonly rawValue: Buffer | null;
  #key: Decoded | undefined;
  #value: Decoded | undefined;
  #wire: Message | undefined;

  constructor(
    private readonly topic: string,
    readonly partition: number,
    private readonly r: RawRecord,
    private readonly keyAs: EncodingChoice,
    private readonly valueAs: EncodingChoice,
    private readonly limit: number,
  ) {
    for (const [k, v] of Object.entries(r.headers ?? {}))
      for (const b of Array.isArray(v) ? v : v === undefined ? [] : [v])
        this.headers.push({ key: k, value: b });
    this.offset = Number(r.offset);
    this.timestamp = Number(r.timestamp);
    this.rawKey = r.key;
    this.rawValue = r.value;
  }

  // The subjects of the default naming strategy (TopicNameStrategy), preferred when a schema has several.
  get key(): Decoded {
    return (this.#key ??= decodeValue(this.r.key, this.keyAs, `${this.topic}-key`));
  }

  get value(): Decoded {
    return (this.#value ??= decodeValue(this.r.value, this.valueAs, `${this.topic}-value`));
  }

  get message(): Message {
    const { partition, offset, timestamp, limit } = this;
    this.#wire ??= {
      partition,
      offset,
      timestamp,
      timestampType: TS_TYPES[this.r.batchContext?.timestampType as 0 | 1] ?? 'none',
      key: toWire(this.r.key, this.key, limit),
      value: toWire(this.r.value, this.value, limit),
      headers: this.headers.map((h) => ({
        key: h.key,
        value: toWire(h.value, decodeBytes(h.value, 'auto'), limit),
      })),
    };
    return this.#wire;
  }
}

export const toCandidate = (
  topic: string,
  partition: number,
  r: RawRecord,
  keyAs: EncodingChoice,
  valueAs: EncodingChoice,
  limit = PREVIEW_BYTES,
) => new Candidate(topic, partition, r, keyAs, valueAs, limit);

/**
 * The newest `max` of `found`: within a partition by offset (its order is the truth, whatever producers
 * wrote as timestamps), across partitions merged by timestamp, newest first. `open`: the partitions with
 * older messages not fetched yet. The merge cannot go on once such a partition has nothing left here (its
 * next message might be newer than the others' heads): it stops and names them (`blocked`), to be fetched
 * further and merged again.
 */
export function newestFirst(
  found: Candidate[],
  max: number,
  open: ReadonlySet<number> = new Set(),
): { out: Candidate[]; blocked: number[] } {
  const lists = new Map<number, Candidate[]>([...open].map((p) => [p, []]));
  for (const c of found) (lists.get(c.partition) ?? lists.set(c.partition, []).get(c.partition)!).push(c);
  for (const l of lists.values()) l.sort((a, b) => b.offset - a.offset);
  const at = new Map([...lists.keys()].map((p) => [p, 0]));
  const out: Candidate[] = [];
  while (out.length < max) {
    const blocked = [...open].filter((p) => !lists.get(p)![at.get(p)!]);
    if (blocked.length) return { out, blocked };
    let best: Candidate | undefined;
    for (const [p, l] of lists) {
      const c = l[at.get(p)!];
      if (!c) continue;
      if (
        !best ||
        c.timestamp > best.timestamp ||
        (c.timestamp === best.timestamp && c.partition < best.partition)
      )
        best = c;
    }
    if (!best) break;
    out.push(best);
    at.set(best.partition, at.get(best.partition)! + 1);
  }
  return { out, blocked: [] };
}
