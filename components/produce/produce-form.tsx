'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { produceMessage } from '@/lib/cli/messages';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Term } from '@/components/ui/term';
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

// An example of base64, not words: the same in every language.
const BASE64_EXAMPLE = 'SGVsbG8sIEthZmthIQ==';
const KEY_TEXT_EXAMPLE = 'customer-{{i}}';
const KEY_JSON_EXAMPLE = '{"id": 1}';

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
  const t = useTranslations('produce');
  const tc = useTranslations('produceCheck');
  const errors = useMemo(() => check(f, tc), [f, tc]);
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
    <form onSubmit={submit} className="space-y-4" aria-label={t('formLabel', { topic })}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('partition')} hint={t('partitionHint')}>
          <Select value={f.partition} onChange={(e) => set({ partition: e.target.value })}>
            <option value="">{t('byKey')}</option>
            {Array.from({ length: partitions }, (_, p) => (
              <option key={p} value={String(p)}>
                {t('partitionN', { p })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('compression')}>
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
          label={t('messages')}
          error={errors.count}
          hint={t('countHint', { max: formatNumber(PRODUCE_MAX_COUNT) })}
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
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
            <Term k="key">{t('key')}</Term>
          </span>
          <Segmented
            legend={t('keyType')}
            value={f.keyType}
            onChange={(keyType) => set({ keyType })}
            options={(['none', 'text', 'json', 'schema'] as const).map((id) => ({
              id,
              label: t(`types.${id}`),
            }))}
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
              aria-label={t('key')}
              className="font-mono"
              value={f.key}
              placeholder={f.keyType === 'text' ? KEY_TEXT_EXAMPLE : KEY_JSON_EXAMPLE}
              onChange={(e) => set({ key: e.target.value })}
            />
            <FieldError error={errors.key} />
          </>
        )}
      </div>

      <div className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{t('value')}</span>
          <Segmented
            legend={t('valueType')}
            value={f.valueType}
            onChange={(valueType) => set({ valueType })}
            options={(['json', 'text', 'base64', 'tombstone', 'schema'] as const).map((id) => ({
              id,
              label: t(`types.${id}`),
            }))}
          />
          {(f.valueType === 'json' || f.valueType === 'schema') && (
            <Button type="button" variant="ghost" className="ml-auto text-xs" onClick={format}>
              {t('format')}
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
          <CodeEditor label={t('value')} value={f.value} onChange={(value) => set({ value })} />
        ) : f.valueType === 'tombstone' ? (
          <p className="rounded-md border border-dashed border-zinc-300 p-3 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            {t.rich('tombstoneNote', { term: (c) => <Term k="tombstone">{c}</Term> })}
          </p>
        ) : (
          <textarea
            aria-label={t('value')}
            rows={6}
            value={f.value}
            onChange={(e) => set({ value: e.target.value })}
            placeholder={f.valueType === 'base64' ? BASE64_EXAMPLE : t('textExample')}
            className="w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
        )}
        <FieldError error={errors.value} />
      </div>

      <HeadersEditor headers={f.headers} error={errors.headers} onChange={(headers) => set({ headers })} />

      <details className="text-xs text-zinc-600 dark:text-zinc-400" open={templated(f) || undefined}>
        <summary className="cursor-pointer">{t('placeholders')}</summary>
        <ul className="mt-1 space-y-0.5">
          {PLACEHOLDERS.map((p) => (
            <li key={p.name}>
              <code className="font-mono text-zinc-900 dark:text-zinc-100">{`{{${p.name}}}`}</code>{' '}
              {t(`placeholder.${p.name}`)}
            </li>
          ))}
        </ul>
        <p className="mt-1">{t('placeholdersWhere')}</p>
      </details>

      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={invalid || mutation.isPending}>
          <Send className="size-4" aria-hidden />
          {mutation.isPending ? t('sending') : t('submit', { n: count })}
        </Button>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {t.rich('acks', {
            term: (c) => <Term k="acks">{c}</Term>,
            idem: (c) => <Term k="idempotence">{c}</Term>,
          })}
        </span>
      </div>
      <FormError error={mutation.error} />
      {mutation.data && <ProduceResultView topic={topic} result={mutation.data} />}
      {cli && !invalid && <CliCommands title={t('cli')} build={(c) => produceMessage(c, cli)} />}
    </form>
  );
}
