'use client';
import { useTranslations } from 'next-intl';
import { ErrorState } from '@/components/layout/error-state';

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('common');
  return <ErrorState title={t('crashed')} message={t('crashedText')} onRetry={reset} />;
}
