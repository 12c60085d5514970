'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { resetOffsets } from '@/lib/cli/admin';
import { useTimeZone } from '@/components/layout/time-zone';
import { fromPickerValue } from '@/lib/time';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';
import { Field, Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useResetOffsetsMutation } from '@/lib/api/groups';
import { formatNumber } from '@/lib/format';
import type { ResetOffsetsBody, ResetResult } from '@/lib/types';

type To = ResetOffsetsBody['to'];
const targets: To[] = ['earliest', 'latest', 'timestamp', 'offset', 'shift'];

/** Reset a group's offsets: choose, preview (current, new, lag after), then apply. Empty groups only. */
export function ResetOffsetsDialog({ groupId, topics }: { groupId: string; topics: string[] }) {
  const [open, setOpen] = useState(false);
  const [topic, setTopic] = useState('');
  const [partitions, setPartitions] = useState('');
  const [to, setTo] = useState<To>('earliest');
  const [value, setValue] = useState('');
  const [preview, setPreview] = useState<{ key: string; result: ResetResult } | null>(null);
  const [done, setDone] = useState<ResetResult | null>(null);
  const m = useResetOffsetsMutation(groupId);
  const { zone, label } = useTimeZone();
  const t = useTranslations('reset');

  const parts = partitions
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const body = (apply: boolean): ResetOffsetsBody => ({
    to,
    apply,
    ...(topic ? { topic } : {}),
    ...(topic && parts.length ? { partitions: parts } : {}),
    ...(to === 'timestamp' ? { timestamp: value ? fromPickerValue(value, zone) : NaN } : {}),
    ...(to === 'offset' ? { offset: Number(value) } : {}),
    ...(to === 'shift' ? { shift: Number(value) } : {}),
  });
  const key = JSON.stringify(body(false));
  const current = preview?.key === key ? preview.result : null;
  const needsValue = to === 'timestamp' || to === 'offset' || to === 'shift';

  return (
    <>
      <Button onClick={() => (setOpen(true), setDone(null), m.reset())}>{t('open')}</Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t('title', { group: groupId })}
        description={t('description')}
      >
        {done ? (
          <div className="space-y-3">
            <p
              role="status"
              className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-300"
            >
              {t('done', { n: done.partitions.length })}
            </p>
            <div className="flex justify-end">
              <Button onClick={() => setOpen(false)}>{t('close')}</Button>
            </div>
          </div>
        ) : (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              m.mutate(body(false), { onSuccess: (result) => setPreview({ key, result }) });
            }}
          >
            <div className="grid grid-cols-2 gap-3">
              <Field label={t('topics')}>
                <Select value={topic} onChange={(e) => setTopic(e.target.value)} aria-label={t('topics')}>
                  <option value="">{t('allTopics')}</option>
                  {topics.map((x) => (
                    <option key={x} value={x}>
                      {x}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('partitionsOptional')}>
                <Input
                  value={partitions}
                  onChange={(e) => setPartitions(e.target.value)}
                  placeholder={topic ? t('partitionsPlaceholder') : t('pickTopic')}
                  disabled={!topic}
                  aria-label={t('partitions')}
                />
              </Field>
              <Field label={t('resetTo')}>
                <Select value={to} onChange={(e) => setTo(e.target.value as To)} aria-label={t('resetTo')}>
                  {targets.map((v) => (
                    <option key={v} value={v}>
                      {t(`targets.${v}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              {needsValue && (
                <Field
                  label={
                    to === 'timestamp'
                      ? t('time', { zone: label })
                      : to === 'offset'
                        ? t('offset')
                        : t('shiftBy')
                  }
                >
                  <Input
                    type={to === 'timestamp' ? 'datetime-local' : 'number'}
                    step={to === 'timestamp' ? 1 : undefined}
                    value={value}
                    onChange={(e) => setValue(e.target.value)}
                    aria-label={t('value')}
                    required
                  />
                </Field>
              )}
            </div>
            <FormError error={m.error} />
            {current && <PreviewTable result={current} />}
            {current && (
              <CliCommands
                title={t('cli')}
                build={(c) => {
                  const r = { group: groupId, ...body(false) };
                  return [...resetOffsets(c, r, false), ...resetOffsets(c, r, true)];
                }}
              />
            )}
            <div className="flex justify-end gap-2">
              <Button type="button" onClick={() => setOpen(false)}>
                {t('cancel')}
              </Button>
              <Button type="submit" disabled={m.isPending}>
                {m.isPending && !current ? t('previewing') : t('preview')}
              </Button>
              <Button
                type="button"
                variant="primary"
                disabled={!current || current.blocked !== null || m.isPending}
                title={!current ? t('previewFirst') : (current.blocked ?? undefined)}
                onClick={() => m.mutate(body(true), { onSuccess: (r) => setDone(r) })}
              >
                {t('apply')}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}

function PreviewTable({ result }: { result: ResetResult }) {
  const clamped = result.partitions.some((p) => p.clamped);
  const t = useTranslations('reset');
  return (
    <div className="space-y-2" data-testid="reset-preview">
      {result.blocked && (
        <p
          role="alert"
          className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
        >
          {result.blocked}
        </p>
      )}
      <div className="max-h-64 overflow-auto rounded-md border border-zinc-200 dark:border-zinc-800">
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-zinc-50 text-xs text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th className="px-2 py-1 text-left">{t('topic')}</th>
              <th className="px-2 py-1 text-right">{t('partition')}</th>
              <th className="px-2 py-1 text-right">{t('current')}</th>
              <th className="px-2 py-1 text-right">{t('new')}</th>
              <th className="px-2 py-1 text-right">{t('lagAfter')}</th>
            </tr>
          </thead>
          <tbody className="font-mono text-[13px] tabular-nums">
            {result.partitions.map((p) => (
              <tr key={`${p.topic}/${p.partition}`} className="border-t border-zinc-100 dark:border-zinc-800">
                <td className="px-2 py-1">{p.topic}</td>
                <td className="px-2 py-1 text-right">{p.partition}</td>
                <td className="px-2 py-1 text-right">{p.current === null ? '—' : formatNumber(p.current)}</td>
                <td
                  className="px-2 py-1 text-right"
                  title={p.clamped ? t('clampedHint', { low: p.low, end: p.end }) : undefined}
                >
                  {formatNumber(p.target)}
                  {p.clamped ? ' *' : ''}
                </td>
                <td className="px-2 py-1 text-right">{formatNumber(p.lagAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {clamped && <p className="text-xs text-zinc-500">{t('clamped')}</p>}
    </div>
  );
}
