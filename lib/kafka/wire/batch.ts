import 'server-only';
import type { FetchedPartition, RawRecord } from '@/lib/kafka/wire/internals';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const filterAborted = require('kafkajs/src/consumer/filterAbortedMessages') as (args: {
  messages: RawRecord[];
  abortedTransactions: unknown[];
}) => RawRecord[];

/**
 * The committed records of one partition's Fetch answer, at or after `fetchedOffset`: no aborted records
 * (kafkajs's filter, when the answer lists aborted transactions), no transaction markers, none before the
 * offset asked for (a batch starts at its first record, which can be before it). What kafkajs's Batch does,
 * with offsets compared as numbers (safe below 2^53) instead of a Long parsed per record.
 */
export function committedRecords(fetchedOffset: number, data: FetchedPartition): RawRecord[] {
  let from = 0;
  const all = data.messages;
  while (from < all.length && Number(all[from]!.offset) < fetchedOffset) from++;
  const within = from ? all.slice(from) : all;
  const kept = data.abortedTransactions?.length
    ? filterAborted({ messages: within, abortedTransactions: data.abortedTransactions })
    : within;
  return kept.some((m) => m.isControlRecord) ? kept.filter((m) => !m.isControlRecord) : kept;
}
