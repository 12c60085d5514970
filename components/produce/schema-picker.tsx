'use client';
import { useEffect } from 'react';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Field } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useSubjectNamesQuery, useSubjectQuery } from '@/lib/api/registry';
import type { SchemaChoice as Chosen } from './produce-model';

/**
 * The registry schema a key or value is written with: the subject (the topic's `<topic>-key` or
 * `<topic>-value` first), its version (latest by default) and, for Protobuf, the message type. The server
 * encodes and frames the JSON.
 */
export function SchemaPicker({
  topic,
  side,
  value,
  onChange,
}: {
  topic: string;
  side: 'key' | 'value';
  value: Chosen;
  onChange: (patch: Partial<Chosen>) => void;
}) {
  const subjects = useSubjectNamesQuery();
  const detail = useSubjectQuery(value.subject);
  const list = subjects.data?.subjects;
  const own = `${topic}-${side}`;
  const t = useTranslations('schemaPicker');
  const errorText = useErrorText();
  // The topic's own subject when there is one (TopicNameStrategy), once the list is known.
  useEffect(() => {
    if (!value.subject && list?.length) onChange({ subject: list.includes(own) ? own : list[0]! });
  }, [value.subject, list, own, onChange]);
  if (subjects.isError)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {errorText(subjects.error)}
      </p>
    );
  const versions = detail.data?.versions ?? [];
  const chosen = versions.find((v) => String(v.version) === value.version) ?? versions[0];
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field
        label={t('subject', { side })}
        hint={
          <Link href="/schemas" className="underline">
            {t('all')}
          </Link>
        }
      >
        <Select
          value={value.subject}
          onChange={(e) => onChange({ subject: e.target.value, version: '', messageType: '' })}
        >
          {!value.subject && <option value="">…</option>}
          {(list ?? []).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('version', { side })}>
        <Select value={value.version} onChange={(e) => onChange({ version: e.target.value })}>
          <option value="">{t('latest', { version: versions[0]?.version ?? 'none' })}</option>
          {versions.map((v) => (
            <option key={v.version} value={String(v.version)}>
              {t('versionOption', { version: v.version, id: v.id })}
            </option>
          ))}
        </Select>
      </Field>
      {chosen?.format === 'PROTOBUF' && (
        <Field label={t('messageType', { side })}>
          <Select value={value.messageType} onChange={(e) => onChange({ messageType: e.target.value })}>
            {(chosen.messageTypes ?? []).map((m, i) => (
              <option key={m} value={i === 0 ? '' : m}>
                {m}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
