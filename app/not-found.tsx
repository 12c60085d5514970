import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function NotFound() {
  const t = useTranslations('missing');
  return (
    <main className="grid min-h-dvh place-items-center p-8 text-center">
      <div>
        <p className="font-mono text-sm text-zinc-500">404</p>
        <h1 className="mt-1 text-xl font-semibold">{t('notFound')}</h1>
        <p className="mt-2 text-sm text-zinc-500">{t('notFoundText')}</p>
        <Link href="/" className="mt-4 inline-block text-sm text-sky-600 hover:underline">
          {t('backToOverview')}
        </Link>
      </div>
    </main>
  );
}
