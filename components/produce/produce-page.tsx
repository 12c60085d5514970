'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { Field, Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { replaceUrl } from '@/components/ui/use-url-params';
import { useTopicsQuery } from '@/lib/api/topics';
import { ProduceCard } from './produce-card';

/** /produce: pick a topic (kept in the URL), then the produce form. */
export function ProducePage() {
  const pathname = usePathname();
  const chosen = useSearchParams().get('topic') ?? '';
  const q = useTopicsQuery();
  const topics = q.data?.topics.filter((x) => !x.internal) ?? [];
  const topic = topics.find((x) => x.name === chosen);
  const t = useTranslations('produce');
  const errorText = useErrorText();

  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      {q.isPending ? (
        <Skeleton className="h-10 max-w-md" />
      ) : q.isError && !q.data ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <div className="max-w-md">
          <Field
            label={t('topic')}
            error={chosen && !topic ? t('noTopic', { name: chosen }) : undefined}
            hint={t('topicHint', { n: topics.length })}
          >
            <Input
              list="produce-topics"
              defaultValue={chosen}
              placeholder={t('topicPlaceholder')}
              onChange={(e) => {
                const v = e.target.value;
                if (v === '' || topics.some((x) => x.name === v))
                  replaceUrl(v ? `${pathname}?topic=${encodeURIComponent(v)}` : pathname);
              }}
            />
          </Field>
          <datalist id="produce-topics">
            {topics.map((x) => (
              <option key={x.name} value={x.name} />
            ))}
          </datalist>
        </div>
      )}
      {topic && <ProduceCard key={topic.name} topic={topic.name} partitions={topic.partitions} />}
    </div>
  );
}
