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
import { getAdmin, getProducer, replaceProducer, withKafka } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { toAppError } from '@/lib/kafka/base/errors';
import { describeOne } from '@/lib/kafka/base/metadata';
import { schemaEncoder, type SchemaEncoder } from '@/lib/registry/encode';

// The produce form's server side. The request is bounded first (count x the first message's size); then
// messages are built one by one into per-partition batches of at most max.message.bytes, each sent when
// full, in order, and appended by Kafka whole or not at all, so the answer can say exactly which messages
// were written and which were not, and memory holds about one batch per partition.

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
/** What one produce request may write in total (count x message size). */
export const PRODUCE_MAX_TOTAL_BYTES = 64 * 1024 * 1024;

const partitioner = Partitioners.DefaultPartitioner();

const which = (i: number, count: number) => (count === 1 ? 'The' : `Message ${i}'s`);

/**
 * Renders message i on demand: the key first (it picks the partition), the value and headers only for a
 * message that will be sent. Throws a 400 naming a bad message.
 */
function builder(input: ProduceRequest, now: Date, encoders: Encoders) {
  const decoded = input.value.type === 'base64' ? decodeBase64(input.value.text) : null;
  // One buffer shared by every message (kafkajs only reads it).
  const base64 = decoded && Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength);
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
  const ctxs = new Map<number, { i: number; uuid: string; now: Date }>();
  // One {{uuid}} per message, the same in its key, value and headers.
  const ctx = (i: number) => {
    let c = ctxs.get(i);
    if (!c) {
      ctxs.clear();
      c = { i, uuid: randomUUID(), now };
      ctxs.set(i, c);
    }
    return c;
  };
  return {
    key(i: number): Buffer | null {
      if (input.key.type === 'none') return null;
      const text = renderTemplate(input.key.text, ctx(i));
      if (input.key.type === 'json' || encoders.key) checkJson(text, 'key', i);
      if (encoders.key) return encoders.key.encode(JSON.parse(text), `${which(i, input.count)} key`);
      return Buffer.from(text, 'utf8');
    },
    rest(i: number, key: Buffer | null): Omit<Built, 'partition'> {
      let value: Buffer | null = null;
      if (input.value.type === 'schema') {
        const text = renderTemplate(input.value.text, ctx(i));
        checkJson(text, 'value', i);
        value = encoders.value!.encode(JSON.parse(text), `${which(i, input.count)} value`);
      } else if (input.value.type === 'json' || input.value.type === 'text') {
        const text = renderTemplate(input.value.text, ctx(i));
        if (input.value.type === 'json') checkJson(text, 'value', i);
        value = Buffer.from(text, 'utf8');
      } else if (base64) value = base64;
      const headers: IHeaders = {};
      let bytes = (key?.length ?? 0) + (value?.length ?? 0) + RECORD_OVERHEAD;
      for (const h of input.headers) {
        const v = Buffer.from(renderTemplate(h.value, ctx(i)), 'utf8');
        // Kafka allows repeated header names; kafkajs takes an array for them.
        const prev = headers[h.key];
        headers[h.key] = prev === undefined ? v : ([...(Array.isArray(prev) ? prev : [prev]), v] as Buffer[]);
        bytes += Buffer.byteLength(h.key) + v.length + 8;
      }
      return { index: i, key, value, headers, bytes };
    },
  };
}

type Encoders = { key: SchemaEncoder | null; value: SchemaEncoder | null };

/** The registry encoders a request needs (its key and/or value typed against a schema). */
async function encodersFor(input: ProduceRequest): Promise<Encoders> {
  const one = (v: ProduceRequest['key'] | ProduceRequest['value']) =>
    v.type === 'schema' ? schemaEncoder(v.subject, v.version, v.messageType) : Promise.resolve(null);
  const [key, value] = await Promise.all([one(input.key), one(input.value)]);
  return { key, value };
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

    const limit = await maxMessageBytes(topic);
    const build = builder(input, new Date(), await encodersFor(input));
    // Bound the whole request before building more than its first message: count x size.
    const first = build.rest(0, build.key(0));
    const estimate = first.bytes * input.count;
    if (estimate > PRODUCE_MAX_TOTAL_BYTES)
      throw new AppError(
        'unprocessable',
        `${input.count} messages of about ${fmtBytes(first.bytes)} bytes are about ${fmtBytes(estimate)} bytes: ` +
          `at most ${fmtBytes(PRODUCE_MAX_TOTAL_BYTES)} bytes per request. Send fewer or smaller messages.`,
      );
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
    // Per partition: the batch being filled (at most max.message.bytes, so memory stays at about one
    // batch per partition whatever the count), and why it stopped when a batch was refused.
    const parts = new Map<number, { batch: Built[]; size: number; stopped: string | null }>();
    const part = (p: number) => {
      let s = parts.get(p);
      if (!s) parts.set(p, (s = { batch: [], size: BATCH_OVERHEAD, stopped: null }));
      return s;
    };
    const flush = async (partition: number) => {
      const s = part(partition);
      const batch = s.batch;
      s.batch = [];
      const size = s.size;
      s.size = BATCH_OVERHEAD;
      if (!batch.length) return;
      try {
        const [meta] = await send({
          topic,
          acks: -1,
          compression: codec[input.compression],
          messages: batch.map((m) => ({ partition, key: m.key, value: m.value, headers: m.headers })),
        });
        const base = Number(meta?.baseOffset ?? meta?.offset);
        batch.forEach((m, k) => written.push({ index: m.index, partition, offset: base + k }));
      } catch (e) {
        const err = toAppError(e);
        firstError ??= err;
        // toAppError already says "Kafka refused: ..." for Kafka's own refusals: say it once.
        const reason = err.message.replace(/^Kafka refused: /, '');
        const message = /too large|larger than/i.test(reason)
          ? `Kafka refused: ${reason} (topic max.message.bytes = ${fmtBytes(limit)} bytes; ` +
            `this batch is about ${fmtBytes(size)} bytes)`
          : `Kafka refused: ${reason}`;
        s.stopped = message;
        for (const m of batch) failed.push({ index: m.index, partition, error: message });
      }
    };

    for (let i = 0; i < input.count; i++) {
      let partition = input.partition ?? -1;
      try {
        const key = i === 0 ? first.key : build.key(i);
        partition =
          input.partition ??
          partitioner({
            topic,
            partitionMetadata: meta.partitionMetadata as never,
            message: { key, value: null },
          });
        const s = part(partition);
        if (!s.stopped) {
          const m = { ...(i === 0 ? first : build.rest(i, key)), partition };
          if (s.batch.length && s.size + m.bytes > limit) await flush(partition);
          if (!s.stopped) {
            s.batch.push(m);
            s.size += m.bytes;
            continue;
          }
        }
        failed.push({
          index: i,
          partition,
          error: `Not sent: an earlier batch for partition ${partition} failed (${s.stopped}).`,
        });
      } catch (e) {
        // A message whose template renders badly (the first was checked above, so this is rare): it and
        // the rest are not sent; what was built before goes out, and the answer says which were written.
        if (!(e instanceof AppError)) throw e;
        firstError ??= e;
        for (let j = i; j < input.count; j++)
          failed.push({
            index: j,
            partition,
            error: j === i ? e.message : `Not sent: message ${i} was invalid.`,
          });
        break;
      }
    }
    await Promise.all([...parts.keys()].map(flush));
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
