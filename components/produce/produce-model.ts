import { PRODUCE_MAX_COUNT, type COMPRESSIONS, type ProduceInput } from '@/lib/schemas/produce';
import { formatNumber } from '@/lib/format';
import { decodeBase64, hasPlaceholders, jsonError, renderTemplate } from '@/lib/produce-template';

// The produce form's model, apart from how it is drawn: its state, what the browser checks before sending,
// the request it sends, and the inputs remembered per topic in this browser.

export type KeyType = 'none' | 'text' | 'json';
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
};

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
};

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

/** What the browser can tell before sending (the server checks all of it again). */
export function check(f: FormState) {
  const errors: Partial<Record<'key' | 'value' | 'count' | 'headers', string>> = {};
  const ctx = { i: 0, uuid: '00000000-0000-4000-8000-000000000000', now: new Date() };
  const count = Number(f.count);
  if (!Number.isInteger(count) || count < 1 || count > PRODUCE_MAX_COUNT)
    errors.count = `A whole number from 1 to ${formatNumber(PRODUCE_MAX_COUNT)}.`;
  if (f.keyType === 'json') {
    const e = jsonError(renderTemplate(f.key, ctx));
    if (e) errors.key = `Not valid JSON: ${e}`;
  }
  if (f.valueType === 'json' || f.valueType === 'schema') {
    const e = jsonError(renderTemplate(f.value, ctx));
    if (e) errors.value = `Not valid JSON${hasPlaceholders(f.value) ? ' (message 0)' : ''}: ${e}`;
  }
  if (f.valueType === 'base64' && !decodeBase64(f.value))
    errors.value = 'Not valid base64: letters, digits, "+" and "/", with "=" padding.';
  if (f.headers.some((h) => !h.key.trim())) errors.headers = 'Every header needs a name.';
  if (f.valueType === 'schema' && !f.subject)
    errors.value = 'Choose the subject whose schema the value follows.';
  return errors;
}

export function toInput(f: FormState): ProduceInput {
  return {
    partition: f.partition === '' ? null : Number(f.partition),
    key: f.keyType === 'none' ? { type: 'none' } : { type: f.keyType, text: f.key },
    value: valueInput(f),
    headers: f.headers,
    compression: f.compression,
    count: Number(f.count),
  };
}

function valueInput(f: FormState): ProduceInput['value'] {
  if (f.valueType === 'tombstone') return { type: 'tombstone' };
  if (f.valueType === 'schema')
    return {
      type: 'schema',
      text: f.value,
      subject: f.subject,
      version: f.version ? Number(f.version) : null,
      ...(f.messageType && { messageType: f.messageType }),
    };
  return { type: f.valueType, text: f.value };
}
