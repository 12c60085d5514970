'use client';
import { LogoMark } from '@/components/layout/logo';
import { useState } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { LogIn } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useLoginMutation } from '@/lib/api/auth';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-error';

/**
 * Shown in place of the console while nobody is signed in. The URL stays as it was, so after signing in
 * the page the user asked for renders (the server layout renders again with the session).
 */
const SSO_ERRORS = ['no_role', 'failed'] as const;
const ssoErrorCode = (v: string | null) => SSO_ERRORS.find((c) => c === v) ?? null;

export function LoginScreen({
  noUsers,
  passwords = true,
  sso = null,
}: {
  noUsers: boolean;
  /** Whether users with passwords are configured (the form shows only then). */
  passwords?: boolean;
  /** The single sign-on button's label, when OIDC is configured. */
  sso?: string | null;
}) {
  // After a refused single sign-on the provider's answer brings ?sso_error=; only known codes show.
  const search = useSearchParams();
  const pathname = usePathname();
  const ssoError = ssoErrorCode(search.get('sso_error'));
  const t = useTranslations('login');
  const rest = new URLSearchParams(search);
  rest.delete('sso_error');
  const here = `${pathname}${rest.size ? `?${rest}` : ''}`;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useLoginMutation();
  return (
    <main className="grid min-h-dvh place-items-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <form
        aria-label={t('signIn')}
        className="w-full max-w-sm space-y-4 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        onSubmit={(e) => {
          e.preventDefault();
          login.mutate({ username, password });
        }}
      >
        <div className="flex items-center gap-2">
          <LogoMark large />
          <h1 className="text-lg font-semibold tracking-tight">{t('title')}</h1>
        </div>
        {noUsers ? (
          <p
            role="alert"
            className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
          >
            {t.rich('noUsers', { code: (c) => <code>{c}</code> })}
          </p>
        ) : (
          <>
            {sso && (
              <a
                href={`/api/auth/oidc/login?next=${encodeURIComponent(here)}`}
                className="flex w-full items-center justify-center gap-2 rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-700"
              >
                <LogIn className="size-4" aria-hidden />
                {t('sso', { provider: sso })}
              </a>
            )}
            {ssoError && (
              <p
                role="alert"
                className="rounded-md bg-red-50 p-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300"
              >
                {t(`ssoErrors.${ssoError}`)}
              </p>
            )}
            {sso && passwords && (
              <p className="text-center text-xs text-zinc-500 dark:text-zinc-400">{t('or')}</p>
            )}
          </>
        )}
        {!noUsers && passwords && (
          <>
            <Field label={t('username')}>
              <Input
                name="username"
                autoComplete="username"
                autoFocus
                required
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            </Field>
            <Field label={t('password')}>
              <Input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
            <FormError error={login.error} />
            <Button
              type="submit"
              variant={sso ? 'secondary' : 'primary'}
              disabled={login.isPending}
              className="w-full justify-center"
            >
              <LogIn className="size-4" aria-hidden />
              {login.isPending ? t('signingIn') : t('signIn')}
            </Button>
          </>
        )}
      </form>
    </main>
  );
}
