'use client';
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Languages } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { LOCALE_COOKIE, localeNames, locales } from '@/lib/i18n/config';

/**
 * The sidebar's switch to the other language, named in that language ("한국어" on an English page). The
 * choice is a cookie, so it is remembered and the server renders the next page in it; the current page is
 * rendered again in place (same URL, same state in the URL).
 */
export function LanguageToggle() {
  const locale = useLocale();
  const t = useTranslations('nav');
  const router = useRouter();
  const [pending, start] = useTransition();
  const next = locales.find((l) => l !== locale) ?? 'en';
  return (
    <Button
      variant="ghost"
      className="w-full justify-start"
      disabled={pending}
      title={t('languageHint')}
      data-testid="language-toggle"
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        start(() => router.refresh());
      }}
    >
      <Languages className="size-4" aria-hidden />
      <span lang={next}>{localeNames[next]}</span>
    </Button>
  );
}
