'use client';
import { useTranslations } from 'next-intl';
import { useClusterExamples } from './cluster-examples';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { TERM_KEYS, termDocs } from '@/lib/glossary';

export function Glossary() {
  const t = useTranslations('learn');
  const g = useTranslations('glossary');
  const examples = useClusterExamples();
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
                {examples[k] && (
                  <span
                    data-testid={`example-${k}`}
                    className="mt-1 block rounded bg-sky-50 px-2 py-1 text-sky-900 dark:bg-sky-950/50 dark:text-sky-200"
                  >
                    <span className="font-medium">{t('yourCluster')}</span> {examples[k]}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
