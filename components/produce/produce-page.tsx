'use client';
import { usePathname, useSearchParams } from 'next/navigation';
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
  const topics = q.data?.topics.filter((t) => !t.internal) ?? [];
  const topic = topics.find((t) => t.name === chosen);

  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title="Produce" description="Publish test messages to a topic." />
      {q.isPending ? (
        <Skeleton className="h-10 max-w-md" />
      ) : q.isError && !q.data ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        <div className="max-w-md">
          <Field
            label="Topic"
            error={chosen && !topic ? `There is no topic "${chosen}".` : undefined}
            hint={`${topics.length} topics; type to search.`}
          >
            <Input
              list="produce-topics"
              defaultValue={chosen}
              placeholder="orders"
              onChange={(e) => {
                const v = e.target.value;
                if (v === '' || topics.some((t) => t.name === v))
                  replaceUrl(v ? `${pathname}?topic=${encodeURIComponent(v)}` : pathname);
              }}
            />
          </Field>
          <datalist id="produce-topics">
            {topics.map((t) => (
              <option key={t.name} value={t.name} />
            ))}
          </datalist>
        </div>
      )}
      {topic && <ProduceCard key={topic.name} topic={topic.name} partitions={topic.partitions} />}
    </div>
  );
}
