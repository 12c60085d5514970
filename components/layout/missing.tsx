'use client';
import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { decodeParam } from '@/lib/url';

const LISTS = { topic: '/topics', group: '/groups', broker: '/brokers', subject: '/schemas' } as const;

/** The not-found page of a topic, group or broker: says which one, by the name in the address. */
export function Missing({ kind }: { kind: keyof typeof LISTS }) {
  const t = useTranslations('missing');
  // /c/<cluster>/<list>/<name>
  const raw = usePathname().split('/').filter(Boolean)[3] ?? '';
  const name = decodeParam(raw);
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-found">
      <p className="font-mono text-sm text-zinc-500">404</p>
      <h1 className="mt-1 text-xl font-semibold break-all text-zinc-900 dark:text-zinc-50">
        {name === null ? t('badName', { kind }) : t('noSuch', { kind, name })}
      </h1>
      <p className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">
        {name === null ? t('badNameText') : t('noSuchText')}
      </p>
      <Link
        href={LISTS[kind]}
        className="mt-4 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400"
      >
        {t('all', { kind })}
      </Link>
    </div>
  );
}
