'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmByNameDialog } from '@/components/ui/confirm-by-name-dialog';
import { useDeleteSchemaMutation } from '@/lib/api/registry';

/**
 * Delete a version (or with `version` null, the whole subject), confirmed by typing the subject. Soft by
 * default: records written with it still decode (by id), producers can no longer pick it. A version that is
 * already soft-deleted can only go for good.
 */
export function DeleteSchemaDialog({
  subject,
  version,
  softDeleted = false,
  onDeleted,
}: {
  subject: string;
  version: number | null;
  softDeleted?: boolean;
  onDeleted: (permanent: boolean) => void;
}) {
  const del = useDeleteSchemaMutation(subject);
  const [permanentChoice, setPermanent] = useState(false);
  const permanent = softDeleted || permanentChoice;
  const t = useTranslations('deleteSchema');
  // ICU select arguments: the whole subject, or one version of it.
  const what = { whole: String(version === null), version: version ?? 0 };
  return (
    <ConfirmByNameDialog
      buttonLabel={
        version === null
          ? t('subject')
          : softDeleted
            ? t('versionForGood', { version })
            : t('version', { version })
      }
      title={t('title', { name: version === null ? subject : `${subject} v${version}` })}
      description={permanent ? t('hard', what) : t('soft', what)}
      name={subject}
      nameLabel="subject"
      actionLabel={permanent ? t('forGood') : t('delete')}
      pending={del.isPending}
      error={del.error}
      onConfirm={(close) =>
        del.mutate(
          { version, permanent },
          {
            onSuccess: () => {
              close();
              onDeleted(permanent);
            },
          },
        )
      }
    >
      {!softDeleted && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={permanentChoice} onChange={(e) => setPermanent(e.target.checked)} />
          {t('permanently')}
        </label>
      )}
    </ConfirmByNameDialog>
  );
}
