'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
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
  const shown = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (q.data?.subjects ?? []).filter((x) => !s || x.subject.toLowerCase().includes(s));
  }, [q.data, search]);
  return (
    <div className="flex h-full flex-col gap-3">
      <PageHeader
        title="Schemas"
        description={
          q.data &&
          `${q.data.subjects.length} subject${q.data.subjects.length === 1 ? '' : 's'} in the Schema Registry`
        }
        actions={
          <Writable>
            <Button onClick={() => setParams({ new: '1' })}>New subject</Button>
          </Writable>
        }
      />
      {q.data && (
        <p className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-medium">Registry compatibility</span>
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
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Input
            aria-label="Search subjects"
            placeholder="Search subjects"
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
  if (!subjects.length)
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">No subject matches.</p>;
  return (
    <Table data-testid="subjects-table">
      <thead>
        <tr>
          <Th>Subject</Th>
          <Th>Format</Th>
          <Th numeric>Latest</Th>
          <Th numeric>Versions</Th>
          <Th numeric>Schema id</Th>
          <Th>Topic</Th>
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
            <Td numeric>v{s.latestVersion}</Td>
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
