'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { ConfirmByNameDialog } from '@/components/ui/confirm-by-name-dialog';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';
import { useDeleteGroupMutation, useDeleteGroupOffsetsMutation } from '@/lib/api/groups';

const danger = 'border-red-600 bg-red-600 text-white hover:bg-red-500 dark:bg-red-600';

/** Delete the whole group (its committed offsets go with it): the id must be typed. */
export function DeleteGroupDialog({ groupId }: { groupId: string }) {
  const router = useRouter();
  const del = useDeleteGroupMutation();
  const t = useTranslations('deleteGroup');
  return (
    <ConfirmByNameDialog
      buttonLabel={t('button')}
      title={t('title', { group: groupId })}
      description={t('description')}
      name={groupId}
      nameLabel="group"
      actionLabel={t('button')}
      pending={del.isPending}
      error={del.error}
      onConfirm={() => del.mutate(groupId, { onSuccess: () => router.push('/groups') })}
    />
  );
}

/** Delete the group's committed offsets on one topic (OffsetDelete); refused while a member reads it. */
export function DeleteTopicOffsetsDialog({ groupId, topic }: { groupId: string; topic: string }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteGroupOffsetsMutation(groupId);
  const t = useTranslations('deleteGroup');
  return (
    <>
      <Button
        variant="ghost"
        className="text-xs text-red-700 dark:text-red-400"
        onClick={() => (setOpen(true), del.reset())}
      >
        {t('offsets')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t('offsetsTitle', { group: groupId, topic })}
        description={t('offsetsDescription')}
      >
        <FormError error={del.error} />
        <div className="mt-3 flex justify-end gap-2">
          <Button type="button" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
          <Button
            className={danger}
            disabled={del.isPending}
            onClick={() => del.mutate(topic, { onSuccess: () => setOpen(false) })}
          >
            {del.isPending ? t('deleting') : t('offsets')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
