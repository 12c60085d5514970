'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormError } from './form-error';
import { Field, Input } from './input';

/**
 * A destructive action behind a button, confirmed by typing the resource's name (shared/STYLE.md): the
 * action button stays disabled until the name is typed exactly.
 */
export function ConfirmByNameDialog({
  buttonLabel,
  title,
  description,
  name,
  nameLabel,
  actionLabel,
  pending,
  error,
  onConfirm,
  children,
}: {
  buttonLabel: string;
  title: string;
  description: React.ReactNode;
  name: string;
  /** What the name is: the field reads "Type the topic name to confirm". */
  nameLabel: 'topic' | 'group' | 'subject';
  actionLabel: string;
  pending: boolean;
  error: Error | null;
  /** `close` shuts the dialog (after a change that stays on the page). */
  onConfirm: (close: () => void) => void;
  /** Choices shown above the name field (e.g. "delete permanently"). */
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const t = useTranslations('confirm');
  return (
    <>
      <Button className="text-red-700 dark:text-red-400" onClick={() => setOpen(true)}>
        {buttonLabel}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={title} description={description}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed === name) onConfirm(() => setOpen(false));
          }}
        >
          {children}
          <Field label={t('type', { what: nameLabel })}>
            <Input
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              className="font-mono"
              autoFocus
              aria-label={t('aria', { what: nameLabel })}
            />
          </Field>
          <FormError error={error} />
          <div className="flex justify-end gap-2">
            <Button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button
              type="submit"
              className="border-red-600 bg-red-600 text-white hover:bg-red-500 dark:bg-red-600"
              disabled={typed !== name || pending}
            >
              {pending ? t('deleting') : actionLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
