import { useErrorText } from '@/lib/i18n/errors';

/** The server's reason a form's action failed (its code in the page's language), announced to screen readers. */
export function FormError({ error }: { error: Error | null }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p
      role="alert"
      className="rounded-md bg-red-50 p-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300"
    >
      {errorText(error)}
    </p>
  );
}

/** A field's error under it, read out when it appears. */
export function FieldError({ error }: { error?: string }) {
  return error ? (
    <p role="alert" className="text-xs text-red-600 dark:text-red-400">
      {error}
    </p>
  ) : null;
}
