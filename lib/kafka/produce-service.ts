import 'server-only';
import { randomUUID } from 'node:crypto';
import {
  CompressionTypes,
  Partitioners,
  type IHeaders,
  type ProducerRecord,
  type RecordMetadata,
} from 'kafkajs';
import { decodeBase64, jsonError, renderTemplate } from '@/lib/produce-template';
import type { ProduceRequest, ProduceResult } from '@/lib/schemas/produce';
import { getAdmin, getProducer, replaceProducer, withKafka } from './client';
import { AppError, toAppError } from './errors';
import { describeOne } from './topics-service';

// The produce form's server side. Every message is built and checked before the first is sent; then each
// partition's messages go in order, in batches Kafka appends whole or not at all, so the answer can say
// exactly which messages were written and which were not.

const codec = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
} as const;

type Built = {
  index: number;
  partition: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
  bytes: number;
};

// Kafka's record overhead is a few varints per record and 61 bytes per batch; counted generously.
const RECORD_OVERHEAD = 32;
const BATCH_OVERHEAD = 128;
const DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

const partitioner = Partitioners.DefaultPartitioner();

const which = (i: number, count: number) => (count === 1 ? 'The' : `Message ${i}'s`);

/** Render the templates and check every message; throws a 400 naming the first bad one. */
function build(input: ProduceRequest, now: Date): Omit<Built, 'partition'>[] {
  const out: Omit<Built, 'partition'>[] = [];
  const base64 = input.value.type === 'base64' ? decodeBase64(input.value.text) : null;
  if (input.value.type === 'base64' && !base64)
    throw new AppError(
      'validation_failed',
      'The value is not valid base64 (letters, digits, "+" and "/", "=" padding).',
    );
  // Texts without placeholders are the same for every message: check them once.
  const checked = new Set<string>();
  const checkJson = (text: string, what: string, i: number) => {
    if (checked.has(text)) return;
    const err = jsonError(text);
    if (err)
      throw new AppError('validation_failed', `${which(i, input.count)} ${what} is not valid JSON: ${err}`);
    checked.add(text);
  };
  for (let i = 0; i < input.count; i++) {
    const ctx = { i, uuid: randomUUID(), now };
    let key: Buffer | null = null;
    if (input.key.type !== 'none') {
      const text = renderTemplate(input.key.text, ctx);
      if (input.key.type === 'json') checkJson(text, 'key', i);
      key = Buffer.from(text, 'utf8');
    }
    let value: Buffer | null = null;
    if (input.value.type === 'json' || input.value.type === 'text') {
      const text = renderTemplate(input.value.text, ctx);
      if (input.value.type === 'json') checkJson(text, 'value', i);
      value = Buffer.from(text, 'utf8');
    } else if (base64) value = Buffer.from(base64);
    const headers: IHeaders = {};
    let bytes = (key?.length ?? 0) + (value?.length ?? 0) + RECORD_OVERHEAD;
    for (const h of input.headers) {
      const v = Buffer.from(renderTemplate(h.value, ctx), 'utf8');
      // Kafka allows repeated header names; kafkajs takes an array for them.
      const prev = headers[h.key];
      headers[h.key] = prev === undefined ? v : ([...(Array.isArray(prev) ? prev : [prev]), v] as Buffer[]);
      bytes += Buffer.byteLength(h.key) + v.length + 8;
    }
    out.push({ index: i, key, value, headers, bytes });
  }
  return out;
}

/** The topic's max.message.bytes: the largest record batch Kafka will append. */
async function maxMessageBytes(topic: string): Promise<number> {
  try {
    const admin = await getAdmin();
    const res = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: 2 /* TOPIC */, name: topic, configNames: ['max.message.bytes'] }],
    });
    const v = Number(res.resources[0]?.configEntries[0]?.configValue);
    return Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_MESSAGE_BYTES;
  } catch {
    return DEFAULT_MAX_MESSAGE_BYTES;
  }
}

/** Consecutive runs of messages whose estimated size fits in one batch; a message too big goes alone. */
function batches(messages: Built[], limit: number): Built[][] {
  const out: Built[][] = [];
  let cur: Built[] = [];
  let size = BATCH_OVERHEAD;
  for (const m of messages) {
    if (cur.length && size + m.bytes > limit) {
      out.push(cur);
      cur = [];
      size = BATCH_OVERHEAD;
    }
    cur.push(m);
    size += m.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

const fmtBytes = (n: number) => n.toLocaleString('en-US');

// POST /api/topics/:topic/produce
export function produce(topic: string, input: ProduceRequest): Promise<ProduceResult> {
  return withKafka(async () => {
    const { topic: meta } = await describeOne(topic);
    if (meta.isInternal || topic.startsWith('__'))
      throw new AppError('forbidden', `"${topic}" is an internal topic; Kafscope does not write to it.`);
    const partitions = meta.partitionMetadata.map((p) => p.partitionId).sort((a, b) => a - b);
    if (input.partition !== null && !partitions.includes(input.partition))
      throw new AppError(
        'bad_request',
        `Topic "${topic}" has partitions 0 to ${partitions.length - 1}; there is no partition ${input.partition}.`,
      );

    const built: Built[] = build(input, new Date()).map((m) => ({
      ...m,
      partition:
        input.partition ??
        partitioner({
          topic,
          partitionMetadata: meta.partitionMetadata as never,
          message: { key: m.key, value: m.value },
        }),
    }));
    const limit = await maxMessageBytes(topic);
    let producer = await getProducer();
    // The topic exists (described above): "unknown topic" from the producer means its metadata is stale
    // (see replaceProducer); nothing was written, so one retry with a fresh producer is safe.
    const send = async (record: ProducerRecord, retried = false): Promise<RecordMetadata[]> => {
      const used = producer;
      try {
        return await used.send(record);
      } catch (e) {
        if (retried || toAppError(e).code !== 'not_found') throw e;
        producer = await replaceProducer(used);
        return send(record, true);
      }
    };

    let firstError: AppError | undefined;
    const written: ProduceResult['written'] = [];
    const failed: ProduceResult['failed'] = [];
    const byPartition = new Map<number, Built[]>();
    for (const m of built) byPartition.set(m.partition, [...(byPartition.get(m.partition) ?? []), m]);

    await Promise.all(
      [...byPartition].map(async ([partition, messages]) => {
        let stopped: string | null = null;
        for (const batch of batches(messages, limit)) {
          if (stopped) {
            for (const m of batch)
              failed.push({
                index: m.index,
                partition,
                error: `Not sent: an earlier batch for partition ${partition} failed (${stopped}).`,
              });
            continue;
          }
          try {
            const [meta] = await send({
              topic,
              acks: -1,
              compression: codec[input.compression],
              messages: batch.map((m) => ({
                partition,
                key: m.key,
                value: m.value,
                headers: m.headers,
              })),
            });
            const base = Number(meta?.baseOffset ?? meta?.offset);
            batch.forEach((m, k) => written.push({ index: m.index, partition, offset: base + k }));
          } catch (e) {
            const err = toAppError(e);
            firstError ??= err;
            const size = batch.reduce((s, m) => s + m.bytes, BATCH_OVERHEAD);
            const message = /too large|larger than/i.test(err.message)
              ? `Kafka refused: ${err.message} (topic max.message.bytes = ${fmtBytes(limit)} bytes; ` +
                `this batch is about ${fmtBytes(size)} bytes)`
              : `Kafka refused: ${err.message}`;
            stopped = message;
            for (const m of batch) failed.push({ index: m.index, partition, error: message });
          }
        }
      }),
    );
    written.sort((a, b) => a.index - b.index);
    failed.sort((a, b) => a.index - b.index);
    // Nothing written: an error with Kafka's reason and its status (422 refused, 503 unreachable...).
    // Some written: the caller gets both lists (the route answers 207).
    if (!written.length) {
      const first = failed[0]?.error ?? 'Nothing was written.';
      throw new AppError(
        firstError?.code === 'internal' ? 'unprocessable' : (firstError?.code ?? 'unprocessable'),
        input.count === 1 ? first : `None of the ${input.count} messages was written. ${first}`,
      );
    }
    return { topic, requested: input.count, written, failed };
  });
}
