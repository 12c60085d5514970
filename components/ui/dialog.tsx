'use client';
import { useLayoutEffect, useRef } from 'react';
import * as D from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';

// Radix Dialog with our look: focus trap, Escape and outside click to close, labelled for screen readers.
// Our dialogs are opened by buttons of their own (not a Radix Trigger), so Radix would drop focus on the
// page when one closes: focus goes back to whatever opened it, as a keyboard user expects.
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  const opener = useRef<HTMLElement | null>(null);
  const t = useTranslations('common');
  // Layout effects run before Radix moves focus into the dialog (in a passive effect): what has focus now
  // is what opened it.
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          onCloseAutoFocus={(e) => {
            if (!opener.current?.isConnected) return;
            e.preventDefault();
            opener.current.focus();
          }}
          className="fixed top-[12vh] left-1/2 z-50 w-[min(34rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg border border-zinc-200 bg-white p-5 shadow-xl dark:border-zinc-800 dark:bg-zinc-900"
        >
          <D.Title className="text-base font-semibold text-zinc-900 dark:text-zinc-50">{title}</D.Title>
          {description ? (
            <D.Description className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
              {description}
            </D.Description>
          ) : (
            <D.Description className="sr-only">{title}</D.Description>
          )}
          <div className="mt-4">{children}</div>
          <D.Close
            aria-label={t('close')}
            className="absolute top-3 right-3 rounded p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 dark:hover:bg-zinc-800"
          >
            <X className="size-4" aria-hidden />
          </D.Close>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
