'use client';
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { HEALTH_POLL_MS, useHealthQuery } from '@/lib/api/cluster';
import { ApiRequestError } from '@/lib/api/fetcher';
import { useErrorText } from '@/lib/i18n/errors';

/**
 * Shown while the cluster (or the Kafscope server) cannot be reached. It polls /api/health and, once the
 * cluster answers again, refetches every query so each page recovers by itself.
 */
export function ConnectionBanner() {
  const health = useHealthQuery();
  const queryClient = useQueryClient();
  const wasDown = useRef(false);
  const t = useTranslations('banner');
  const errorText = useErrorText();
  const down = health.isError;

  useEffect(() => {
    if (down) wasDown.current = true;
    else if (health.isSuccess && wasDown.current) {
      wasDown.current = false;
      void queryClient.invalidateQueries();
    }
  }, [down, health.isSuccess, queryClient]);

  if (!down) return null;
  const err = health.error;
  const message = err instanceof ApiRequestError ? errorText(err) : t('unreachableText');
  const code = err instanceof ApiRequestError ? err.code : '';
  const title =
    code === 'broker_auth_failed'
      ? t('refused')
      : code === 'config_invalid'
        ? t('misconfigured')
        : t('unreachable');
  return (
    <div
      role="alert"
      data-testid="connection-banner"
      className="flex items-start gap-2 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div>
        <span className="font-semibold">{title}</span> {message}{' '}
        <span className="text-red-700/80 dark:text-red-300/80">
          {t('retrying', { seconds: HEALTH_POLL_MS / 1000 })}
        </span>
      </div>
    </div>
  );
}
