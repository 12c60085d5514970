'use client';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { Plus, Send, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Field, Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { ProduceResultView } from './produce-result';
import { useProduceMutation } from '@/lib/api/produce';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import {
  PLACEHOLDERS,
  decodeBase64,
  hasPlaceholders,
  jsonError,
  renderTemplate,
} from '@/lib/produce-template';
import { COMPRESSIONS, HEADERS_MAX, PRODUCE_MAX_COUNT, type ProduceInput } from '@/lib/schemas/produce';

const CodeEditor = dynamic(() => import('@/components/ui/code-editor'), {
  ssr: false,
  loading: () => <Skeleton className="h-32" />,
});

type KeyType = 'none' | 'text' | 'json';
type ValueType = 'json' | 'text' | 'base64' | 'tombstone';
type FormState = {
  partition: string; // '' = by key
  keyType: KeyType;
  key: string;
  valueType: ValueType;
  value: string;
  headers: { key: string; value: string }[];
  compression: (typeof COMPRESSIONS)[number];
  count: string;
};

const INITIAL: FormState = {
  partition: '',
  keyType: 'none',
  key: '',
  valueType: 'json',
  value: '{\n  "hello": "kafka"\n}',
  headers: [],
  compression: 'none',
  count: '1',
};

const storageKey = (topic: string) => `kafscope:produce:${topic}`;

function load(topic: string): FormState {
  try {
    const raw = localStorage.getItem(storageKey(topic));
    return raw ? { ...INITIAL, ...(JSON.parse(raw) as Partial<FormState>) } : INITIAL;
  } catch {
    return INITIAL;
  }
}

/** Radio buttons drawn as a segmented control: native inputs, so keyboard and screen readers just work. */
function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { id: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="flex items-center gap-2 text-sm">
      <legend className="sr-only">{legend}</legend>
      <div className="inline-flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700">
        {options.map((o) => (
          <label
            key={o.id}
            className={cn(
              'cursor-pointer rounded px-2.5 py-1 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-500',
              value === o.id
                ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
                : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={legend}
              value={o.id}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What the browser can tell before sending (the server checks all of it again). */
function check(f: FormState) {
  const errors: Partial<Record<'key' | 'value' | 'count' | 'headers', string>> = {};
  const ctx = { i: 0, uuid: '00000000-0000-4000-8000-000000000000', now: new Date() };
  const count = Number(f.count);
  if (!Number.isInteger(count) || count < 1 || count > PRODUCE_MAX_COUNT)
    errors.count = `A whole number from 1 to ${formatNumber(PRODUCE_MAX_COUNT)}.`;
  if (f.keyType === 'json') {
    const e = jsonError(renderTemplate(f.key, ctx));
    if (e) errors.key = `Not valid JSON: ${e}`;
  }
  if (f.valueType === 'json') {
    const e = jsonError(renderTemplate(f.value, ctx));
    if (e) errors.value = `Not valid JSON${hasPlaceholders(f.value) ? ' (message 0)' : ''}: ${e}`;
  }
  if (f.valueType === 'base64' && !decodeBase64(f.value))
    errors.value = 'Not valid base64: letters, digits, "+" and "/", with "=" padding.';
  if (f.headers.some((h) => !h.key.trim())) errors.headers = 'Every header needs a name.';
  return errors;
}

function toInput(f: FormState): ProduceInput {
  return {
    partition: f.partition === '' ? null : Number(f.partition),
    key: f.keyType === 'none' ? { type: 'none' } : { type: f.keyType, text: f.key },
    value: f.valueType === 'tombstone' ? { type: 'tombstone' } : { type: f.valueType, text: f.value },
    headers: f.headers,
    compression: f.compression,
    count: Number(f.count),
  };
}

/** Publish test messages to `topic`: key, value, headers, partition, compression, N from a template. */
export default function ProduceForm({ topic, partitions }: { topic: string; partitions: number }) {
  // The last inputs for this topic, from this browser. The form renders in the browser only (see
  // ProduceCard), so localStorage can be read at once. A remembered partition the topic no longer has
  // (it was recreated smaller) falls back to "by key".
  const [f, setF] = useState<FormState>(() => {
    const saved = load(topic);
    return Number(saved.partition) < partitions ? saved : { ...saved, partition: '' };
  });
  const set = (patch: Partial<FormState>) => setF((s) => ({ ...s, ...patch }));
  const errors = useMemo(() => check(f), [f]);
  const invalid = Object.values(errors).some(Boolean);
  const mutation = useProduceMutation(topic);
  const count = Number(f.count) || 1;
  const templated = [f.key, f.value, ...f.headers.map((h) => h.value)].some(hasPlaceholders);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    localStorage.setItem(storageKey(topic), JSON.stringify(f));
    mutation.mutate(toInput(f));
  };

  const format = () => {
    try {
      set({ value: JSON.stringify(JSON.parse(f.value), null, 2) });
    } catch {
      /* the error is already shown under the editor */
    }
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={`Produce to ${topic}`}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label="Partition"
          hint="By key: the partition Java clients pick (murmur2); round-robin without a key."
        >
          <Select value={f.partition} onChange={(e) => set({ partition: e.target.value })}>
            <option value="">By key</option>
            {Array.from({ length: partitions }, (_, p) => (
              <option key={p} value={String(p)}>
                Partition {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Compression">
          <Select
            value={f.compression}
            onChange={(e) => set({ compression: e.target.value as FormState['compression'] })}
          >
            {COMPRESSIONS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Messages"
          error={errors.count}
          hint={`1 to ${formatNumber(PRODUCE_MAX_COUNT)}; use placeholders below to vary them.`}
        >
          <Input
            type="number"
            min={1}
            max={PRODUCE_MAX_COUNT}
            value={f.count}
            onChange={(e) => set({ count: e.target.value })}
          />
        </Field>
      </div>

      <div className="space-y-1.5">
        <div className="flex items-center gap-3">
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Key</span>
          <Segmented
            legend="Key type"
            value={f.keyType}
            onChange={(keyType) => set({ keyType })}
            options={[
              { id: 'none', label: 'None' },
              { id: 'text', label: 'Text' },
              { id: 'json', label: 'JSON' },
            ]}
          />
        </div>
        {f.keyType !== 'none' && (
          <>
            <Input
              aria-label="Key"
              className="font-mono"
              value={f.key}
              placeholder={f.keyType === 'json' ? '{"id": 1}' : 'customer-{{i}}'}
              onChange={(e) => set({ key: e.target.value })}
            />
            {errors.key && (
              <p role="alert" className="text-xs text-red-600 dark:text-red-400">
                {errors.key}
              </p>
            )}
          </>
        )}
      </div>

      <div className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Value</span>
          <Segmented
            legend="Value type"
            value={f.valueType}
            onChange={(valueType) => set({ valueType })}
            options={[
              { id: 'json', label: 'JSON' },
              { id: 'text', label: 'Text' },
              { id: 'base64', label: 'Base64' },
              { id: 'tombstone', label: 'Tombstone (null)' },
            ]}
          />
          {f.valueType === 'json' && (
            <Button type="button" variant="ghost" className="ml-auto text-xs" onClick={format}>
              Format
            </Button>
          )}
        </div>
        {f.valueType === 'json' ? (
          <CodeEditor label="Value" value={f.value} onChange={(value) => set({ value })} />
        ) : f.valueType === 'tombstone' ? (
          <p className="rounded-md border border-dashed border-zinc-300 p-3 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            The value will be null. On a compacted topic a tombstone deletes its key.
          </p>
        ) : (
          <textarea
            aria-label="Value"
            rows={6}
            value={f.value}
            onChange={(e) => set({ value: e.target.value })}
            placeholder={f.valueType === 'base64' ? 'SGVsbG8sIEthZmthIQ==' : 'Hello, Kafka'}
            className="w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
        )}
        {errors.value && (
          <p role="alert" className="text-xs text-red-600 dark:text-red-400">
            {errors.value}
          </p>
        )}
      </div>

      <div className="space-y-1.5">
        <div className="flex items-center gap-3">
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Headers</span>
          <Button
            type="button"
            variant="ghost"
            className="text-xs"
            disabled={f.headers.length >= HEADERS_MAX}
            onClick={() => set({ headers: [...f.headers, { key: '', value: '' }] })}
          >
            <Plus className="size-3.5" aria-hidden /> Add header
          </Button>
        </div>
        {f.headers.map((h, i) => (
          <div key={i} className="flex gap-2">
            <Input
              aria-label={`Header ${i + 1} name`}
              placeholder="name"
              className="max-w-56 font-mono"
              value={h.key}
              onChange={(e) =>
                set({ headers: f.headers.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)) })
              }
            />
            <Input
              aria-label={`Header ${i + 1} value`}
              placeholder="value"
              className="font-mono"
              value={h.value}
              onChange={(e) =>
                set({ headers: f.headers.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)) })
              }
            />
            <Button
              type="button"
              variant="ghost"
              aria-label={`Remove header ${i + 1}`}
              onClick={() => set({ headers: f.headers.filter((_, j) => j !== i) })}
            >
              <X className="size-4" aria-hidden />
            </Button>
          </div>
        ))}
        {errors.headers && (
          <p role="alert" className="text-xs text-red-600 dark:text-red-400">
            {errors.headers}
          </p>
        )}
      </div>

      <details className="text-xs text-zinc-600 dark:text-zinc-400" open={templated || undefined}>
        <summary className="cursor-pointer">Placeholders for bulk test data</summary>
        <ul className="mt-1 space-y-0.5">
          {PLACEHOLDERS.map((p) => (
            <li key={p.name}>
              <code className="font-mono text-zinc-900 dark:text-zinc-100">{`{{${p.name}}}`}</code>{' '}
              {p.description}
            </li>
          ))}
        </ul>
        <p className="mt-1">They work in the key, the value and header values.</p>
      </details>

      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={invalid || mutation.isPending}>
          <Send className="size-4" aria-hidden />
          {mutation.isPending
            ? 'Sending…'
            : count === 1
              ? 'Produce message'
              : `Produce ${formatNumber(count)} messages`}
        </Button>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          acks=all: answered once every in-sync replica has it.
        </span>
      </div>
      <FormError error={mutation.error} />
      {mutation.data && <ProduceResultView topic={topic} result={mutation.data} />}
    </form>
  );
}
