'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { CheckCircle2, XCircle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Field, Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { useCheckSchemaMutation, useRegisterSchemaMutation } from '@/lib/api/registry';
import { schemaFormats, type Registered, type SchemaDraft as Draft } from '@/lib/schemas/registry';
import { FORMAT_LABEL, languageOf } from './schema-text';

const CodeEditor = dynamic(() => import('@/components/ui/code-editor'), {
  ssr: false,
  loading: () => <Skeleton className="h-64" />,
});

/**
 * A new version of a subject (or, with `subject` null, a new subject): the schema text, checked against
 * the subject's compatibility level before it is registered. References are kept from the version it
 * starts from.
 */
export function SchemaDraft({
  subject,
  initial,
  onRegistered,
  onCancel,
}: {
  subject: string | null;
  initial: Draft;
  onRegistered: (r: Registered) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(subject ?? '');
  const [format, setFormat] = useState(initial.format);
  const [text, setText] = useState(initial.schema);
  const target = subject ?? name.trim();
  const check = useCheckSchemaMutation(target);
  const register = useRegisterSchemaMutation(target);
  const draft: Draft = { schema: text, format, references: initial.references };
  const result = check.data && check.variables?.schema === text ? check.data : null;
  const ready = target !== '' && text.trim() !== '';
  const t = useTranslations('schemaDraft');
  return (
    <form
      aria-label={subject ? t('newVersion', { subject }) : t('newSubject')}
      className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) register.mutate(draft, { onSuccess: onRegistered });
      }}
    >
      {subject === null && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('subject')} hint={t('subjectHint', { topic: `<${t('topicWord')}>` })}>
            <Input className="font-mono" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </Field>
          <Field label={t('format')}>
            <Select value={format} onChange={(e) => setFormat(e.target.value as Draft['format'])}>
              {schemaFormats.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABEL[f]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <CodeEditor
        label={t('schema')}
        language={languageOf(format)}
        value={text}
        onChange={(v) => {
          setText(v);
          // What the registry said of the text before no longer applies.
          if (register.isError) register.reset();
        }}
        minHeight="14rem"
      />
      {initial.references.length > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {t('references', {
            list: initial.references.map((r) => `${r.name} (${r.subject} v${r.version})`).join(', '),
          })}
        </p>
      )}
      {result && (
        <div
          role="status"
          data-testid="compatibility-result"
          className={
            result.compatible
              ? 'rounded-md bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200'
              : 'rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200'
          }
        >
          <p className="flex items-center gap-1.5 font-medium">
            {result.compatible ? (
              <CheckCircle2 className="size-4" aria-hidden />
            ) : (
              <XCircle className="size-4" aria-hidden />
            )}
            {result.compatible ? t('compatible') : t('incompatible')}
            {result.level && ` (${result.level})`}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {result.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <FormError error={check.error ?? register.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={!ready || check.isPending} onClick={() => check.mutate(draft)}>
          {check.isPending ? t('checking') : t('check')}
        </Button>
        <Button type="submit" variant="primary" disabled={!ready || register.isPending}>
          {register.isPending ? t('registering') : t('register')}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
