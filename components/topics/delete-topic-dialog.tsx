'use client';
import { useRouter } from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { ConfirmByNameDialog } from '@/components/ui/confirm-by-name-dialog';
import { useDeleteTopicMutation } from '@/lib/api/topics';

/** Deleting a topic loses its data for good: the name must be typed to confirm. */
export function DeleteTopicDialog({ name }: { name: string }) {
  const router = useRouter();
  const del = useDeleteTopicMutation();
  const t = useTranslations('deleteTopic');
  return (
    <ConfirmByNameDialog
      buttonLabel={t('button')}
      title={t('title', { name })}
      description={t('description')}
      name={name}
      nameLabel="topic"
      actionLabel={t('button')}
      pending={del.isPending}
      error={del.error}
      onConfirm={() => del.mutate(name, { onSuccess: () => router.push('/topics') })}
    />
  );
}
