'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { produceMessage } from '@/lib/cli/messages';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { Send } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError, FormError } from '@/components/ui/form-error';
import { Field, Input } from '@/components/ui/input';
import { Segmented } from '@/components/ui/segmented';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { HeadersEditor } from './headers-editor';
import { SchemaPicker } from './schema-picker';
import {
  check,
  choicePatch,
  load,
  save,
  schemaChoice,
  templated,
  toCliMessage,
  toInput,
  type FormState,
} from './produce-model';
import { ProduceResultView } from './produce-result';
import { useProduceMutation } from '@/lib/api/produce';
import { formatNumber } from '@/lib/format';
import { PLACEHOLDERS } from '@/lib/produce-template';
import { COMPRESSIONS, PRODUCE_MAX_COUNT } from '@/lib/schemas/produce';

const CodeEditor = dynamic(() => import('@/components/ui/code-editor'), {
  ssr: false,
  loading: () => <Skeleton className="h-32" />,
});

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
  const cli = toCliMessage(topic, f);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    save(topic, f);
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
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Key</span>
          <Segmented
            legend="Key type"
            value={f.keyType}
            onChange={(keyType) => set({ keyType })}
            options={[
              { id: 'none', label: 'None' },
              { id: 'text', label: 'Text' },
              { id: 'json', label: 'JSON' },
              { id: 'schema', label: 'Schema (registry)' },
            ]}
          />
        </div>
        {f.keyType === 'schema' && (
          <SchemaPicker
            topic={topic}
            side="key"
            value={schemaChoice(f, 'key')}
            onChange={(c) => set(choicePatch('key', c))}
          />
        )}
        {f.keyType !== 'none' && (
          <>
            <Input
              aria-label="Key"
              className="font-mono"
              value={f.key}
              placeholder={f.keyType === 'text' ? 'customer-{{i}}' : '{"id": 1}'}
              onChange={(e) => set({ key: e.target.value })}
            />
            <FieldError error={errors.key} />
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
              { id: 'schema', label: 'Schema (registry)' },
            ]}
          />
          {(f.valueType === 'json' || f.valueType === 'schema') && (
            <Button type="button" variant="ghost" className="ml-auto text-xs" onClick={format}>
              Format
            </Button>
          )}
        </div>
        {f.valueType === 'schema' && (
          <SchemaPicker
            topic={topic}
            side="value"
            value={schemaChoice(f, 'value')}
            onChange={(c) => set(choicePatch('value', c))}
          />
        )}
        {f.valueType === 'json' || f.valueType === 'schema' ? (
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
        <FieldError error={errors.value} />
      </div>

      <HeadersEditor headers={f.headers} error={errors.headers} onChange={(headers) => set({ headers })} />

      <details className="text-xs text-zinc-600 dark:text-zinc-400" open={templated(f) || undefined}>
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
      {cli && !invalid && (
        <CliCommands title="This message from a terminal" build={(c) => produceMessage(c, cli)} />
      )}
    </form>
  );
}
