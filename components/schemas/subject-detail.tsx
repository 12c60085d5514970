'use client';
import dynamic from 'next/dynamic';
import Link from '@/components/ui/link';
import { useRouter } from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { ErrorState } from '@/components/layout/error-state';
import { PageHeader } from '@/components/layout/page-header';
import { Writable } from '@/components/layout/writable';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { useUrlParams } from '@/components/ui/use-url-params';
import { useSubjectQuery } from '@/lib/api/registry';
import type { SubjectDetail as Detail } from '@/lib/schemas/registry';
import { CompatibilitySelect } from './compatibility-select';
import { DeleteSchemaDialog } from './delete-schema';
import { SchemaDiff } from './schema-diff';
import { SchemaDraft } from './schema-draft';
import { FORMAT_LABEL, languageOf, prettySchema, subjectHref } from './schema-text';

const CodeEditor = dynamic(() => import('@/components/ui/code-editor'), {
  ssr: false,
  loading: () => <Skeleton className="h-64" />,
});

type Version = Detail['versions'][number];
const link = 'font-mono text-sky-700 hover:underline dark:text-sky-400';

/**
 * /schemas/:subject: its versions (newest first; soft-deleted ones marked), the chosen one's schema text,
 * references and referrers, a diff against another version (`?compare=`), the compatibility level and
 * mode; editors draft and register a new version (`?draft=1`), admins delete.
 */
export function SubjectDetail({ subject }: { subject: string }) {
  const q = useSubjectQuery(subject);
  const router = useRouter();
  const [params, setParams] = useUrlParams();
  const d = q.data;
  const chosen = d?.versions.find((v) => String(v.version) === params.get('version')) ?? d?.versions[0];
  const compare = d?.versions.find((v) => String(v.version) === params.get('compare'));
  const t = useTranslations('subject');
  const errorText = useErrorText();
  return (
    <div className="space-y-4">
      <PageHeader title={subject} back={{ href: '/schemas', label: t('schemas') }} copy />
      {q.isPending ? (
        <Skeleton className="h-64" />
      ) : q.isError && !d ? (
        <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        d &&
        chosen && (
          <>
            <Facts d={d} chosen={chosen} />
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                {t('version')}
                <Select
                  value={String(chosen.version)}
                  onChange={(e) => setParams({ version: e.target.value })}
                  className="w-auto"
                >
                  {d.versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      {t('versionOption', { version: v.version, id: v.id, deleted: String(v.deleted) })}
                    </option>
                  ))}
                </Select>
              </label>
              {d.versions.length > 1 && (
                <label className="flex items-center gap-2 text-sm">
                  {t('compareWith')}
                  <Select
                    value={compare ? String(compare.version) : ''}
                    onChange={(e) => setParams({ compare: e.target.value })}
                    className="w-auto"
                  >
                    <option value="">—</option>
                    {d.versions
                      .filter((v) => v.version !== chosen.version)
                      .map((v) => (
                        <option key={v.version} value={v.version}>
                          {t('v', { version: v.version })}
                        </option>
                      ))}
                  </Select>
                </label>
              )}
              <div className="ml-auto flex flex-wrap gap-2">
                <CopyButton label={t('copy')} value={chosen.schema} />
                <Writable>
                  <Button onClick={() => setParams({ draft: '1' })}>{t('newVersion')}</Button>
                </Writable>
                <Writable role="admin">
                  <DeleteSchemaDialog
                    subject={subject}
                    version={chosen.version}
                    softDeleted={chosen.deleted}
                    onDeleted={() => setParams({ version: null, compare: null })}
                  />
                  <DeleteSchemaDialog
                    subject={subject}
                    version={null}
                    onDeleted={(permanent) => (permanent ? router.push('/schemas') : void q.refetch())}
                  />
                </Writable>
              </div>
            </div>
            {params.get('draft') === '1' && (
              <Writable>
                <SchemaDraft
                  subject={subject}
                  initial={{
                    schema: prettySchema(d.versions[0]!),
                    format: d.versions[0]!.format,
                    references: d.versions[0]!.references,
                  }}
                  onRegistered={(r) => setParams({ draft: null, version: String(r.version), compare: null })}
                  onCancel={() => setParams({ draft: null })}
                />
              </Writable>
            )}
            <Links chosen={chosen} />
            {compare ? (
              // Older on the left, whichever way round they were picked.
              <SchemaDiff
                from={compare.version < chosen.version ? compare : chosen}
                to={compare.version < chosen.version ? chosen : compare}
              />
            ) : (
              <div data-testid="schema-text">
                <CodeEditor
                  key={`${chosen.version}`}
                  label={t('schemaOf', { subject, version: chosen.version })}
                  language={languageOf(chosen.format)}
                  value={prettySchema(chosen)}
                  readOnly
                  maxHeight="70vh"
                />
              </div>
            )}
          </>
        )
      )}
    </div>
  );
}

/** Format, compatibility (editable by editors), mode, topic, and whether the chosen version is soft-deleted. */
function Facts({ d, chosen }: { d: Detail; chosen: Version }) {
  const t = useTranslations('subject');
  return (
    <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-zinc-600 dark:text-zinc-400">
      <div>
        <dt className="inline font-medium">{t('format')} </dt>
        <dd className="inline">
          <Badge tone="info">{FORMAT_LABEL[chosen.format]}</Badge>
        </dd>
      </div>
      <div className="flex items-center gap-1.5">
        <dt className="inline font-medium">{t('compatibility')}</dt>
        <dd className="inline">
          <CompatibilitySelect
            subject={d.subject}
            level={d.compatibility}
            own={d.ownCompatibility}
            global={d.globalCompatibility}
          />
        </dd>
      </div>
      {d.mode && (
        <div>
          <dt className="inline font-medium">{t('mode')} </dt>
          <dd className="inline">{d.mode === 'READWRITE' ? d.mode : <Badge tone="warn">{d.mode}</Badge>}</dd>
        </div>
      )}
      {d.topic && (
        <div>
          <dt className="inline font-medium">{t('topic')} </dt>
          <dd className="inline font-mono">
            <Link href={`/topics/${encodeURIComponent(d.topic)}?tab=messages`} className={link}>
              {d.topic}
            </Link>{' '}
            ({d.side})
          </dd>
        </div>
      )}
      {chosen.deleted && (
        <div>
          <Badge tone="warn">{t('softDeleted', { version: chosen.version })}</Badge>
        </div>
      )}
    </dl>
  );
}

/** What the chosen version references, and what references it. */
function Links({ chosen }: { chosen: Version }) {
  const t = useTranslations('subject');
  if (!chosen.references.length && !chosen.referencedBy.length) return null;
  return (
    <div className="space-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      {chosen.references.length > 0 && (
        <p>
          {t('references')}{' '}
          {chosen.references.map((r, i) => (
            <span key={r.name}>
              {i > 0 && ', '}
              <Link href={`${subjectHref(r.subject)}?version=${r.version}`} className={link}>
                {r.name}
              </Link>{' '}
              ({t('subjectVersion', { subject: r.subject, version: r.version })})
            </span>
          ))}
        </p>
      )}
      {chosen.referencedBy.length > 0 && (
        <p>
          {t('referencedBy')}{' '}
          {chosen.referencedBy.map((r, i) => (
            <span key={`${r.subject}/${r.version}`}>
              {i > 0 && ', '}
              <Link href={`${subjectHref(r.subject)}?version=${r.version}`} className={link}>
                {t('subjectVersion', { subject: r.subject, version: r.version })}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
