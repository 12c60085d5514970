'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
}) {
  const t = useTranslations('common');
  return (
    <div
      role="status"
      className="rounded-lg border border-red-200 bg-red-50/50 p-4 text-sm dark:border-red-900 dark:bg-red-950/30"
    >
      <p className="font-medium text-red-800 dark:text-red-200">{title ?? t('loadFailed')}</p>
      <p className="mt-1 text-red-700 dark:text-red-300">{message}</p>
      {onRetry && (
        <Button className="mt-3" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}
