'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useDeleteRecordsMutation } from '@/lib/api/topics';
import { formatNumber } from '@/lib/format';
import type { PartitionInfo } from '@/lib/types';

/** Delete records below an offset (or everything) in one partition or all of them; confirmed, irreversible. */
export function DeleteRecordsDialog({ name, partitions }: { name: string; partitions: PartitionInfo[] }) {
  const [open, setOpen] = useState(false);
  const [partition, setPartition] = useState('all');
  const [mode, setMode] = useState<'all' | 'before'>('all');
  const [before, setBefore] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const del = useDeleteRecordsMutation(name);
  const t = useTranslations('deleteRecords');

  const chosen = partitions.filter((p) => partition === 'all' || String(p.partition) === partition);
  const offset = Number(before);
  const maxHigh = Math.min(...chosen.map((p) => p.high));
  const offsetError =
    mode === 'before' && before !== ''
      ? !Number.isInteger(offset) || offset < 0
        ? t('whole')
        : offset > maxHigh
          ? t('atMost', { max: formatNumber(maxHigh), several: String(chosen.length > 1) })
          : undefined
      : undefined;
  const records = chosen.reduce(
    (s, p) => s + Math.max(0, (mode === 'all' ? p.high : Math.min(offset || 0, p.high)) - p.low),
    0,
  );
  const ready = confirmed && (mode === 'all' || (before !== '' && !offsetError));

  return (
    <>
      <Button
        onClick={() => {
          del.reset();
          setConfirmed(false);
          setOpen(true);
        }}
      >
        {t('open')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('title', { name })} description={t('description')}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!ready) return;
            del.mutate(
              {
                partition: partition === 'all' ? undefined : Number(partition),
                before: mode === 'before' ? offset : undefined,
              },
              { onSuccess: () => setOpen(false) },
            );
          }}
        >
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('partition')}>
              <Select value={partition} onChange={(e) => setPartition(e.target.value)}>
                <option value="all">{t('allPartitions')}</option>
                {partitions.map((p) => (
                  <option key={p.partition} value={p.partition}>
                    {t('partitionOption', {
                      p: p.partition,
                      low: formatNumber(p.low),
                      high: formatNumber(p.high),
                    })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('delete')}>
              <Select value={mode} onChange={(e) => setMode(e.target.value as 'all' | 'before')}>
                <option value="all">{t('everything')}</option>
                <option value="before">{t('beforeOffset')}</option>
              </Select>
            </Field>
          </div>
          {mode === 'before' && (
            <Field label={t('before')} error={offsetError} hint={t('beforeHint')}>
              <Input type="number" min={0} value={before} onChange={(e) => setBefore(e.target.value)} />
            </Field>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('understand', { n: records })}
          </label>
          <FormError error={del.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button
              type="submit"
              className="border-red-600 bg-red-600 text-white hover:bg-red-500 dark:bg-red-600"
              disabled={!ready || del.isPending}
            >
              {del.isPending ? t('deleting') : t('open')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
