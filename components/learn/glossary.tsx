import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { TERM_KEYS, termDocs } from '@/lib/glossary';

export function Glossary() {
  const t = useTranslations('learn');
  const g = useTranslations('glossary');
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {TERM_KEYS.map((k) => (
            <div key={k} id={k} className="scroll-mt-16 px-4 py-3">
              <dt className="font-medium text-zinc-900 dark:text-zinc-50">{g(`${k}.term`)}</dt>
              <dd className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                {g(`${k}.text`)}{' '}
                <a
                  href={termDocs(k)}
                  target="_blank"
                  rel="noreferrer"
                  className="text-sky-700 hover:underline dark:text-sky-400"
                >
                  {t('kafkaDocs')}
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
