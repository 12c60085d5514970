import { z } from 'zod';
import { knownZone } from '@/lib/time';
import { ENCODINGS } from '@/lib/decode';

// GET /api/topics/:topic/messages: where to read, how much, what to keep. Also the message viewer's URL.

export const MAX_RESULTS = 10_000;
export const DEFAULT_RESULTS = 50;
export const START_POSITIONS = ['oldest', 'newest', 'offset', 'timestamp'] as const;

const intParam = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number of 0 or more.`)
    .transform(Number)
    .refine(Number.isSafeInteger, `${what} is too large.`);

/** A timestamp as milliseconds since 1970 or an ISO 8601 date-time. */
const timestampParam = z.string().transform((s, ctx) => {
  const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  if (!Number.isFinite(ms) || ms < 0) {
    ctx.addIssue({
      code: 'custom',
      message: `"${s}" is not a timestamp: use milliseconds since 1970 or an ISO date such as 2026-01-31T12:00:00Z.`,
    });
    return z.NEVER;
  }
  return ms;
});

export const readQuerySchema = z
  .object({
    start: z.enum(START_POSITIONS).default('newest'),
    partition: intParam('partition').optional(),
    offset: intParam('offset').optional(),
    ts: timestampParam.optional(),
    max: intParam('max')
      .refine(
        (n) => n >= 1 && n <= MAX_RESULTS,
        `max must be from 1 to ${MAX_RESULTS.toLocaleString('en-US')}.`,
      )
      .default(DEFAULT_RESULTS),
    /** A CEL expression over key, value, headers, partition, offset, timestamp. */
    filter: z.string().max(2000, 'The filter is over 2,000 characters.').optional(),
    /** Quick search: messages whose key, value or a header contains this text (case-insensitive). */
    q: z.string().max(500, 'The search text is over 500 characters.').optional(),
    follow: z.enum(['0', '1']).default('0'),
    keyAs: z.enum(ENCODINGS).default('auto'),
    valueAs: z.enum(ENCODINGS).default('auto'),
    /** For downloads: the whole result as one JSON array or NDJSON, not an event stream. */
    format: z.enum(['sse', 'json', 'ndjson']).default('sse'),
    /** For downloads: the time zone of the "time" field (an IANA name; the console's choice). */
    tz: z
      .string()
      .max(64)
      .refine((z) => knownZone(z) !== null, 'tz must be a time zone name such as UTC or Asia/Seoul.')
      .default('UTC'),
  })
  .superRefine((q, ctx) => {
    if (q.start === 'offset' && q.offset === undefined)
      ctx.addIssue({ code: 'custom', path: ['offset'], message: 'start=offset needs an offset.' });
    if (q.start === 'timestamp' && q.ts === undefined)
      ctx.addIssue({ code: 'custom', path: ['ts'], message: 'start=timestamp needs ts.' });
  });
export type ReadQuery = z.output<typeof readQuerySchema>;

export const wireValueSchema = z.object({
  encoding: z.enum(['json', 'text', 'msgpack', 'avro', 'protobuf', 'json-schema', 'binary', 'null']),
  size: z.number(),
  text: z.string().optional(),
  base64: z.string().optional(),
  truncated: z.boolean(),
  error: z.string().optional(),
  schema: z
    .object({
      id: z.number().int(),
      format: z.enum(['avro', 'protobuf', 'json-schema']).optional(),
      subject: z.string().optional(),
      version: z.number().int().optional(),
      type: z.string().optional(),
    })
    .optional(),
});

export const messageSchema = z.object({
  partition: z.number().int(),
  offset: z.number(),
  timestamp: z.number(),
  timestampType: z.enum(['create', 'log-append', 'none']),
  key: wireValueSchema,
  value: wireValueSchema,
  headers: z.array(z.object({ key: z.string(), value: wireValueSchema })),
});
export type Message = z.infer<typeof messageSchema>;
