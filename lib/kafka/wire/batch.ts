import 'server-only';
import type { FetchedPartition, RawRecord } from '@/lib/kafka/wire/internals';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Batch = require('kafkajs/src/consumer/batch') as new (
  topic: string,
  fetchedOffset: string,
  partitionData: FetchedPartition,
) => { messages: RawRecord[] };

/**
 * The committed records of one partition's Fetch answer, at or after `fetchedOffset`: kafkajs's Batch drops
 * aborted records, transaction markers and the records before the offset asked for (a batch starts at its
 * first record, which can be before it).
 */
export const committedRecords = (topic: string, fetchedOffset: number, data: FetchedPartition) =>
  new Batch(topic, String(fetchedOffset), data).messages;
