'use client';
import Link from 'next/link';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { useUrlParams } from '@/components/ui/use-url-params';
import { useSubjectQuery } from '@/lib/api/registry';
import type { SubjectDetail as Detail } from '@/lib/schemas/registry';
import { FORMAT_LABEL, subjectHref } from './subjects-view';

/** Avro and JSON Schema text pretty-printed; Protobuf as the registry holds it. */
function pretty(v: Detail['versions'][number]) {
  if (v.format === 'PROTOBUF') return v.schema;
  try {
    return JSON.stringify(JSON.parse(v.schema), null, 2);
  } catch {
    return v.schema;
  }
}

/** /schemas/:subject: its versions (newest first), the chosen one's schema text and references. */
export function SubjectDetail({ subject }: { subject: string }) {
  const q = useSubjectQuery(subject);
  const [params, setParams] = useUrlParams();
  const d = q.data;
  const chosen = d?.versions.find((v) => String(v.version) === params.get('version')) ?? d?.versions[0];
  return (
    <div className="space-y-4">
      <PageHeader title={subject} back={{ href: '/schemas', label: 'Schemas' }} copy />
      {q.isPending ? (
        <Skeleton className="h-64" />
      ) : q.isError && !d ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : (
        d &&
        chosen && (
          <>
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              <div>
                <dt className="inline font-medium">Format </dt>
                <dd className="inline">
                  <Badge tone="info">{FORMAT_LABEL[chosen.format]}</Badge>
                </dd>
              </div>
              <div>
                <dt className="inline font-medium">Compatibility </dt>
                <dd className="inline">{d.compatibility ?? 'not set'}</dd>
              </div>
              {d.topic && (
                <div>
                  <dt className="inline font-medium">Topic </dt>
                  <dd className="inline font-mono">
                    <Link
                      href={`/topics/${encodeURIComponent(d.topic)}?tab=messages`}
                      className="text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {d.topic}
                    </Link>{' '}
                    ({d.side})
                  </dd>
                </div>
              )}
            </dl>
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                Version
                <Select
                  value={String(chosen.version)}
                  onChange={(e) => setParams({ version: e.target.value })}
                  className="w-auto"
                >
                  {d.versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      v{v.version} (schema id {v.id})
                    </option>
                  ))}
                </Select>
              </label>
              <span className="text-sm text-zinc-500 dark:text-zinc-400">
                {d.versions.length} version{d.versions.length === 1 ? '' : 's'}
              </span>
              <div className="ml-auto">
                <CopyButton label="Copy schema" value={chosen.schema} />
              </div>
            </div>
            {chosen.references.length > 0 && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                References:{' '}
                {chosen.references.map((r, i) => (
                  <span key={r.name}>
                    {i > 0 && ', '}
                    <Link
                      href={`${subjectHref(r.subject)}?version=${r.version}`}
                      className="font-mono text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {r.name}
                    </Link>{' '}
                    ({r.subject} v{r.version})
                  </span>
                ))}
              </p>
            )}
            <pre
              data-testid="schema-text"
              className="max-h-[70vh] overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-900"
            >
              {pretty(chosen)}
            </pre>
          </>
        )
      )}
    </div>
  );
}
