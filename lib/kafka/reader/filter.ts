import 'server-only';
import { AppError } from '@/lib/http/errors';
import { filterEnvironment } from './cel-env.mjs';
import { FilterRun, type FilterRecord } from './filter-pool';
import { celPrefilter, searchPrefilter, type Prefilter, type RawView } from './prefilter';
import type { EncodingChoice } from '@/lib/decode';
import { isUtf8 } from 'node:buffer';

// Server-side filters in CEL (Common Expression Language): not Turing-complete, no I/O, nothing of the host
// reachable; the expression is checked here (a 400 that points at the error), then run in a worker thread
// with a time budget per record (filter-pool.ts). User input is never evaluated as JavaScript (a Groovy
// filter gave a peer console remote code execution).

/** What the reader needs of a record to filter it (its Candidate). */
export type FilterInput = {
  partition: number;
  offset: number;
  timestamp: number;
  key: Shown;
  value: Shown;
  headers: { key: string; value: Buffer }[];
  rawKey: Buffer | null;
  rawValue: Buffer | null;
};
type Shown = { data?: unknown; text: string | null };

/** A read's filter: which of a batch of records match. The reader closes it when the read ends. */
export type MessageFilter = {
  /** From the raw bytes, before decoding: false only when the record cannot match (prefilter.ts). */
  maybe(record: RawView): boolean;
  test(records: FilterInput[], signal: AbortSignal): Promise<boolean[]>;
  close(): void;
};

const checker = filterEnvironment();

export const FILTER_VARIABLES =
  'key, value (parsed when JSON or MessagePack, else text), headers (name → text), partition, offset, timestamp (ms)';

/** The shown text of a key/value/header for search and CEL (null stays null; binary as base64). */
function asData(d: Shown, bytes: Buffer | null): unknown {
  if (d.data !== undefined) return d.data;
  if (d.text !== null) return d.text;
  return bytes === null ? null : bytes.toString('base64');
}

/**
 * JSON as "auto" or "json" reads it, which the worker parses itself (cel-worker.mjs `fromJson` decides
 * text or base64 when it is not JSON, as lib/decode.ts does): its text, else null (decoded here). Parsing
 * here and copying the parsed tree to the worker made a filter with no literal to skip by 4x slower.
 */
export function workerJson(bytes: Buffer | null, as: EncodingChoice): string | null {
  if (bytes === null || (as !== 'auto' && as !== 'json') || !isUtf8(bytes)) return null;
  const text = bytes.toString('utf8');
  if (as === 'json') return text;
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? text : null;
}

function toFilterRecord(c: FilterInput, as: Choices): FilterRecord {
  const headers: Record<string, string> = {};
  for (const h of c.headers) headers[h.key] = h.value.toString('utf8');
  const keyJson = workerJson(c.rawKey, as.keyAs);
  const valueJson = workerJson(c.rawValue, as.valueAs);
  return {
    key: keyJson === null ? asData(c.key, c.rawKey) : undefined,
    value: valueJson === null ? asData(c.value, c.rawValue) : undefined,
    ...(keyJson !== null && { keyJson }),
    ...(valueJson !== null && { valueJson }),
    headers,
    partition: c.partition,
    offset: c.offset,
    timestamp: c.timestamp,
  };
}
type Choices = { keyAs: EncodingChoice; valueAs: EncodingChoice };

/** Check the expression (400 pointing at the error), then start its worker (429 when all are busy). */
export async function openFilter(
  expression: string | undefined,
  search: string | undefined,
  as: Choices = { keyAs: 'auto', valueAs: 'auto' },
): Promise<MessageFilter | null> {
  const needle = search?.trim().toLowerCase();
  const expr = expression?.trim();
  if (!needle && !expr) return null;
  const pre: Prefilter[] = [];
  if (needle) pre.push(searchPrefilter(needle, as.keyAs, as.valueAs));
  if (expr) {
    try {
      const checked = checker.check(expr);
      if (!checked.valid) throw checked.error;
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      throw new AppError('validation_failed', `The filter is not valid CEL: ${message}`);
    }
    const cel = celPrefilter(checker.parse(expr).ast, as.keyAs, as.valueAs);
    if (cel) pre.push(cel);
  }
  // Quick search: linear in the message, on this thread.
  const found = (c: FilterInput) =>
    !needle ||
    [c.key.text, c.value.text, ...c.headers.map((h) => `${h.key}=${h.value.toString('utf8')}`)].some(
      (t) => t !== null && t.toLowerCase().includes(needle),
    );
  const run = expr
    ? await FilterRun.open(expr, { keyAuto: as.keyAs === 'auto', valueAuto: as.valueAs === 'auto' })
    : null;
  return {
    maybe: (r) => pre.every((p) => p(r)),
    async test(records, signal) {
      const searched = records.map(found);
      if (!run) return searched;
      const idx = records.flatMap((_, i) => (searched[i] ? [i] : []));
      if (!idx.length) return searched;
      const matches = await run.test(
        idx.map((i) => toFilterRecord(records[i]!, as)),
        signal,
      );
      const out = records.map(() => false);
      idx.forEach((i, k) => (out[i] = matches[k] === 1));
      return out;
    },
    close: () => run?.close(),
  };
}
