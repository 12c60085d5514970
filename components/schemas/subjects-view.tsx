'use client';
import Link from '@/components/ui/link';
import { useRouter } from '@/components/ui/link';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Writable } from '@/components/layout/writable';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { useUrlParams } from '@/components/ui/use-url-params';
import { useSubjectsQuery } from '@/lib/api/registry';
import type { SubjectList } from '@/lib/schemas/registry';
import { CompatibilitySelect } from './compatibility-select';
import { SchemaDraft } from './schema-draft';
import { FORMAT_LABEL, subjectHref } from './schema-text';

const FIRST_SCHEMA = JSON.stringify(
  { type: 'record', name: 'Example', namespace: 'com.example', fields: [{ name: 'id', type: 'string' }] },
  null,
  2,
);

/**
 * /schemas: the registry's subjects, searchable, each with its format, latest version and topic; the
 * registry-wide compatibility level (editors change it) and a new subject (`?new=1`).
 */
export function SubjectsView() {
  const q = useSubjectsQuery();
  const router = useRouter();
  const [params, setParams] = useUrlParams();
  const search = params.get('q') ?? '';
  const t = useTranslations('schemas');
  const errorText = useErrorText();
  const shown = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (q.data?.subjects ?? []).filter((x) => !s || x.subject.toLowerCase().includes(s));
  }, [q.data, search]);
  return (
    <div className="flex h-full flex-col gap-3">
      <PageHeader
        title={t('title')}
        description={q.data && t('count', { n: q.data.subjects.length })}
        actions={
          <Writable>
            <Button onClick={() => setParams({ new: '1' })}>{t('newSubject')}</Button>
          </Writable>
        }
      />
      {q.data && (
        <p className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-medium">{t('registryCompatibility')}</span>
          <CompatibilitySelect
            subject={null}
            level={q.data.compatibility}
            own
            global={q.data.compatibility}
          />
        </p>
      )}
      {params.get('new') === '1' && (
        <Writable>
          <SchemaDraft
            subject={null}
            initial={{ schema: FIRST_SCHEMA, format: 'AVRO', references: [] }}
            onRegistered={(r) => router.push(subjectHref(r.subject))}
            onCancel={() => setParams({ new: null })}
          />
        </Writable>
      )}
      {q.isPending ? (
        <Skeleton className="h-64" />
      ) : q.isError && !q.data ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Input
            aria-label={t('search')}
            placeholder={t('search')}
            className="max-w-sm"
            value={search}
            onChange={(e) => setParams({ q: e.target.value || null })}
          />
          <SubjectsTable subjects={shown} />
        </>
      )}
    </div>
  );
}

function SubjectsTable({ subjects }: { subjects: SubjectList['subjects'] }) {
  const t = useTranslations('schemas');
  if (!subjects.length) return <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('noMatch')}</p>;
  return (
    <Table data-testid="subjects-table">
      <thead>
        <tr>
          <Th>{t('subject')}</Th>
          <Th>{t('format')}</Th>
          <Th numeric>{t('latest')}</Th>
          <Th numeric>{t('versionsCount')}</Th>
          <Th numeric>{t('schemaId')}</Th>
          <Th>{t('topic')}</Th>
        </tr>
      </thead>
      <tbody>
        {subjects.map((s) => (
          <tr key={s.subject} className="hover:bg-zinc-50 dark:hover:bg-zinc-900">
            <Td className="font-mono">
              <Link href={subjectHref(s.subject)} className="text-sky-700 hover:underline dark:text-sky-400">
                {s.subject}
              </Link>
            </Td>
            <Td>
              <Badge tone="info">{FORMAT_LABEL[s.format]}</Badge>
            </Td>
            <Td numeric>{t('v', { version: s.latestVersion })}</Td>
            <Td numeric>{s.versions}</Td>
            <Td numeric>{s.latestId}</Td>
            <Td className="font-mono">
              {s.topic ? (
                <Link
                  href={`/topics/${encodeURIComponent(s.topic)}`}
                  className="text-sky-700 hover:underline dark:text-sky-400"
                >
                  {s.topic}
                </Link>
              ) : (
                '—'
              )}
              {s.side && <span className="ml-1 text-xs text-zinc-500">({s.side})</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
