import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { GLOSSARY, TERM_KEYS } from '@/lib/glossary';

export function Glossary() {
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Learn Kafka"
        description="The terms the console shows, each in a few sentences, with the part of the Apache Kafka documentation that covers it. Underlined terms across the console link here."
      />
      <Card>
        <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {TERM_KEYS.map((k) => (
            <div key={k} id={k} className="scroll-mt-16 px-4 py-3">
              <dt className="font-medium text-zinc-900 dark:text-zinc-50">{GLOSSARY[k].term}</dt>
              <dd className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                {GLOSSARY[k].text}{' '}
                <a
                  href={GLOSSARY[k].docs}
                  target="_blank"
                  rel="noreferrer"
                  className="text-sky-700 hover:underline dark:text-sky-400"
                >
                  Kafka documentation
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
