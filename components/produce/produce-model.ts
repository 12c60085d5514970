import type { useTranslations } from 'next-intl';
import { PRODUCE_MAX_COUNT, type COMPRESSIONS, type ProduceInput } from '@/lib/schemas/produce';
import { formatNumber } from '@/lib/format';
import { decodeBase64, hasPlaceholders, jsonError, renderTemplate } from '@/lib/produce-template';

// The produce form's model, apart from how it is drawn: its state, what the browser checks before sending,
// the request it sends, and the inputs remembered per topic in this browser.

export type KeyType = 'none' | 'text' | 'json' | 'schema';
export type ValueType = 'json' | 'text' | 'base64' | 'tombstone' | 'schema';
export type FormState = {
  partition: string; // '' = by key
  keyType: KeyType;
  key: string;
  valueType: ValueType;
  value: string;
  headers: { key: string; value: string }[];
  compression: (typeof COMPRESSIONS)[number];
  count: string;
  /** valueType 'schema': the registry subject, its version ('' = latest), the Protobuf message type. */
  subject: string;
  version: string;
  messageType: string;
  /** keyType 'schema': the same for the key. */
  keySubject: string;
  keyVersion: string;
  keyMessageType: string;
};

/** The registry schema a key or value follows, as the picker edits it. */
export type SchemaChoice = { subject: string; version: string; messageType: string };

export const INITIAL: FormState = {
  partition: '',
  keyType: 'none',
  key: '',
  valueType: 'json',
  value: '{\n  "hello": "kafka"\n}',
  headers: [],
  compression: 'none',
  count: '1',
  subject: '',
  version: '',
  messageType: '',
  keySubject: '',
  keyVersion: '',
  keyMessageType: '',
};

/** The key's or the value's schema choice, and the patch that sets it. */
export function schemaChoice(f: FormState, side: 'key' | 'value'): SchemaChoice {
  return side === 'value'
    ? { subject: f.subject, version: f.version, messageType: f.messageType }
    : { subject: f.keySubject, version: f.keyVersion, messageType: f.keyMessageType };
}
export function choicePatch(side: 'key' | 'value', c: Partial<SchemaChoice>): Partial<FormState> {
  if (side === 'value') return c;
  return {
    ...(c.subject !== undefined && { keySubject: c.subject }),
    ...(c.version !== undefined && { keyVersion: c.version }),
    ...(c.messageType !== undefined && { keyMessageType: c.messageType }),
  };
}

export const storageKey = (topic: string) => `kafscope:produce:${topic}`;

export function load(topic: string): FormState {
  try {
    const raw = localStorage.getItem(storageKey(topic));
    return raw ? { ...INITIAL, ...(JSON.parse(raw) as Partial<FormState>) } : INITIAL;
  } catch {
    return INITIAL;
  }
}

/** Remember the inputs for this topic (the next visit starts from them). */
export function save(topic: string, f: FormState) {
  localStorage.setItem(storageKey(topic), JSON.stringify(f));
}

/** Does any field use a placeholder (then the list of placeholders is shown open)? */
export const templated = (f: FormState) =>
  [f.key, f.value, ...f.headers.map((h) => h.value)].some(hasPlaceholders);

type CheckText = ReturnType<typeof useTranslations<'produceCheck'>>;

/** What the browser can tell before sending (the server checks all of it again), in the page's language. */
export function check(f: FormState, t: CheckText) {
  const errors: Partial<Record<'key' | 'value' | 'count' | 'headers', string>> = {};
  const ctx = { i: 0, uuid: '00000000-0000-4000-8000-000000000000', now: new Date() };
  const count = Number(f.count);
  if (!Number.isInteger(count) || count < 1 || count > PRODUCE_MAX_COUNT)
    errors.count = t('count', { max: formatNumber(PRODUCE_MAX_COUNT) });
  if (f.keyType === 'json' || f.keyType === 'schema') {
    const e = jsonError(renderTemplate(f.key, ctx));
    if (e) errors.key = t('json', { error: e, first: 'false' });
  }
  if (f.keyType === 'schema' && !f.keySubject) errors.key = t('keySubject');
  if (f.valueType === 'json' || f.valueType === 'schema') {
    const e = jsonError(renderTemplate(f.value, ctx));
    if (e) errors.value = t('json', { error: e, first: String(hasPlaceholders(f.value)) });
  }
  if (f.valueType === 'base64' && !decodeBase64(f.value)) errors.value = t('base64');
  if (f.headers.some((h) => !h.key.trim())) errors.headers = t('headerName');
  if (f.valueType === 'schema' && !f.subject) errors.value = t('valueSubject');
  return errors;
}

export function toInput(f: FormState): ProduceInput {
  return {
    partition: f.partition === '' ? null : Number(f.partition),
    key:
      f.keyType === 'none'
        ? { type: 'none' }
        : f.keyType === 'schema'
          ? schemaInput(f.key, schemaChoice(f, 'key'))
          : { type: f.keyType, text: f.key },
    value: valueInput(f),
    headers: f.headers,
    compression: f.compression,
    count: Number(f.count),
  };
}

function valueInput(f: FormState): ProduceInput['value'] {
  if (f.valueType === 'tombstone') return { type: 'tombstone' };
  if (f.valueType === 'schema') return schemaInput(f.value, schemaChoice(f, 'value'));
  return { type: f.valueType, text: f.value };
}

const schemaInput = (text: string, c: SchemaChoice) => ({
  type: 'schema' as const,
  text,
  subject: c.subject,
  version: c.version ? Number(c.version) : null,
  ...(c.messageType && { messageType: c.messageType }),
});

/**
 * The message as a command-line produce (lib/cli/messages.ts) can send it: text and JSON keys and values,
 * headers, a partition. null for what a terminal one-liner cannot type (schema-encoded, base64, tombstones).
 */
export function toCliMessage(topic: string, f: FormState) {
  if (f.valueType !== 'json' && f.valueType !== 'text') return null;
  if (f.keyType !== 'none' && f.keyType !== 'text' && f.keyType !== 'json') return null;
  return {
    topic,
    partition: f.partition === '' ? null : Number(f.partition),
    key: f.keyType === 'none' ? null : f.key,
    value: f.value,
    headers: f.headers.map((h): [string, string] => [h.key, h.value]),
  };
}
