'use client';
import { useState } from 'react';
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
  const what = version === null ? 'subject' : `version ${version}`;
  return (
    <ConfirmByNameDialog
      buttonLabel={
        version === null
          ? 'Delete subject'
          : softDeleted
            ? `Delete v${version} for good`
            : `Delete v${version}`
      }
      title={`Delete ${version === null ? subject : `${subject} v${version}`}?`}
      description={
        permanent
          ? `The ${what} is removed from the registry for good. Records written with ${version === null ? 'its schemas' : 'it'} still decode only while another subject holds the same schema.`
          : `A soft delete: producers can no longer use the ${what}; records written with it still decode, and an admin can delete it for good later.`
      }
      name={subject}
      nameLabel="subject"
      actionLabel={permanent ? 'Delete for good' : 'Delete'}
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
          Delete permanently (hard delete; cannot be undone)
        </label>
      )}
    </ConfirmByNameDialog>
  );
}
