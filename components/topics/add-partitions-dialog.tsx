'use client';
import { useState } from 'react';
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
        Add partitions
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Add partitions to ${name}`}
        description={
          <>
            Partitions can be added, never removed. Keys will map to other partitions from now on: messages
            with the same key may land in a new partition, so per-key ordering across the change is not kept.
          </>
        }
      >
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!invalid) add.mutate(n, { onSuccess: () => setOpen(false) });
          }}
        >
          <Field
            label="New partition count"
            error={count && invalid ? `More than the current ${current}, as a whole number.` : undefined}
            hint={`Currently ${current}.`}
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
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={invalid || add.isPending}>
              {add.isPending
                ? 'Adding…'
                : `Add ${invalid ? '' : n - current} partition${n - current === 1 ? '' : 's'}`}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
