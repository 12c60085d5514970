'use client';
import { useRouter } from 'next/navigation';
import { ConfirmByNameDialog } from '@/components/ui/confirm-by-name-dialog';
import { useDeleteTopicMutation } from '@/lib/api/topics';

/** Deleting a topic loses its data for good: the name must be typed to confirm. */
export function DeleteTopicDialog({ name }: { name: string }) {
  const router = useRouter();
  const del = useDeleteTopicMutation();
  return (
    <ConfirmByNameDialog
      buttonLabel="Delete topic"
      title={`Delete ${name}?`}
      description="Every message in this topic is deleted for good. Producers and consumers of it will fail."
      name={name}
      nameLabel="topic name"
      actionLabel="Delete topic"
      pending={del.isPending}
      error={del.error}
      onConfirm={() => del.mutate(name, { onSuccess: () => router.push('/topics') })}
    />
  );
}
