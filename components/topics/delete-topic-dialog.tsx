'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { useDeleteTopicMutation } from '@/lib/api/topics';

/** Deleting a topic loses its data for good: the name must be typed to confirm. */
export function DeleteTopicDialog({ name }: { name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const del = useDeleteTopicMutation();
  return (
    <>
      <Button className="text-red-700 dark:text-red-400" onClick={() => setOpen(true)}>
        Delete topic
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${name}?`}
        description="Every message in this topic is deleted for good. Producers and consumers of it will fail."
      >
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed !== name) return;
            del.mutate(name, { onSuccess: () => router.push('/topics') });
          }}
        >
          <Field label="Type the topic name to confirm">
            <Input
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              className="font-mono"
              autoFocus
              aria-label="Topic name to confirm"
            />
          </Field>
          <FormError error={del.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              type="submit"
              className="border-red-600 bg-red-600 text-white hover:bg-red-500 dark:bg-red-600"
              disabled={typed !== name || del.isPending}
            >
              {del.isPending ? 'Deleting…' : 'Delete topic'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
