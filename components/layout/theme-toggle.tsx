'use client';
import { Moon, Sun } from 'lucide-react';
import { useTheme } from 'next-themes';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  const dark = resolvedTheme === 'dark';
  const t = useTranslations('nav');
  return (
    <Button
      variant="ghost"
      className="w-full justify-start"
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <Sun className="size-4 dark:hidden" aria-hidden />
      <Moon className="hidden size-4 dark:block" aria-hidden />
      {/* CSS picks the label: the theme is only known in the browser, after the static HTML was made. */}
      <span className="dark:hidden">{t('darkTheme')}</span>
      <span className="hidden dark:inline">{t('lightTheme')}</span>
    </Button>
  );
}
