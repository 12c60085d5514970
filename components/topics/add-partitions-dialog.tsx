'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { useAddPartitionsMutation } from '@/lib/api/topics';

/** Kafka can only add partitions; adding them changes which partition a key maps to. */
export function AddPartitionsDialog({ name, current }: { name: string; current: number }) {
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(String(current + 1));
  const add = useAddPartitionsMutation(name);
  const t = useTranslations('addPartitions');
  const n = Number(count);
  const invalid = !Number.isInteger(n) || n <= current;
  return (
    <>
      <Button
        onClick={() => {
          setCount(String(current + 1));
          add.reset();
          setOpen(true);
        }}
      >
        {t('button')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('title', { name })} description={t('description')}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!invalid) add.mutate(n, { onSuccess: () => setOpen(false) });
          }}
        >
          <Field
            label={t('count')}
            error={count && invalid ? t('invalid', { current }) : undefined}
            hint={t('currently', { current })}
          >
            <Input
              type="number"
              min={current + 1}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              autoFocus
            />
          </Field>
          <FormError error={add.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button type="submit" variant="primary" disabled={invalid || add.isPending}>
              {add.isPending ? t('adding') : invalid ? t('button') : t('add', { n: n - current })}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
