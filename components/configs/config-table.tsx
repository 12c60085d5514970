'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { alterConfigs } from '@/lib/cli/admin';
import { Writable } from '@/components/layout/writable';
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/i18n/errors';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { useAlterConfigsMutation, useConfigsQuery, type ConfigResource } from '@/lib/api/configs';
import { configDocKey, humanConfigValue } from '@/lib/config-docs';
import { DESTRUCTIVE_TOPIC_CONFIGS, type ConfigEntry, type ConfigSource } from '@/lib/schemas/configs';

// What each source means is in the messages (configs.sources.<source>.label / .title).
const TONE: Record<ConfigSource, BadgeTone> = {
  topic: 'info',
  broker: 'info',
  cluster: 'neutral',
  static: 'neutral',
  default: 'neutral',
  other: 'neutral',
};

function Row({ c, resource }: { c: ConfigEntry; resource: ConfigResource }) {
  const [draft, setDraft] = useState<string | null>(null);
  const alter = useAlterConfigsMutation(resource);
  const t = useTranslations('configs');
  const errorText = useErrorText();
  const own = c.source === resource.type; // set on this very resource: can be reset
  const editable = !c.readOnly && !c.sensitive;
  const docs = useTranslations('configDocs');
  const values = useTranslations('configValues');
  const human = humanConfigValue(c.name, draft ?? c.value, values);
  const docKey = configDocKey(c.name) as Parameters<typeof docs>[0];
  const doc = docs.has(docKey) ? docs(docKey) : null;
  const save = () => {
    if (draft === null) return;
    alter.mutate({ set: { [c.name]: draft } }, { onSuccess: () => setDraft(null) });
  };
  return (
    <tr data-testid={`config-${c.name}`} className="align-top">
      <Td>
        <div className="font-mono text-[13px]">{c.name}</div>
        {doc && <div className="mt-0.5 max-w-md text-xs text-zinc-500 dark:text-zinc-400">{doc}</div>}
      </Td>
      <Td className="min-w-64">
        {draft !== null ? (
          <form
            className="flex items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <Input
              autoFocus
              aria-label={t('newValue', { name: c.name })}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
              className="font-mono"
            />
            <Button type="submit" variant="primary" disabled={alter.isPending}>
              {alter.isPending ? t('saving') : t('save')}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setDraft(null)}>
              {t('cancel')}
            </Button>
          </form>
        ) : c.sensitive ? (
          <Badge title={t('hiddenHint')}>{t('hidden')}</Badge>
        ) : (
          <span className="font-mono text-[13px] break-all" data-testid="config-value">
            {c.value ?? <span className="text-zinc-400">—</span>}
          </span>
        )}
        {human && <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{human}</div>}
        {alter.isError && (
          <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
            {errorText(alter.error)}
          </p>
        )}
        {draft !== null && (
          <div className="mt-2">
            <CliCommands
              title={t('cli')}
              build={(conn) =>
                alterConfigs(
                  conn,
                  { type: resource.type === 'topic' ? 'topics' : 'brokers', name: resource.name },
                  { [c.name]: draft },
                )
              }
            />
          </div>
        )}
      </Td>
      <Td>
        <span className="flex flex-wrap gap-1">
          <Badge tone={TONE[c.source]} title={t(`sources.${c.source}.title`)}>
            {t(`sources.${c.source}.label`)}
          </Badge>
          {c.readOnly && <Badge title={t('readOnlyHint')}>{t('readOnly')}</Badge>}
        </span>
      </Td>
      <Td className="text-right whitespace-nowrap">
        <Writable
          role={resource.type === 'broker' || DESTRUCTIVE_TOPIC_CONFIGS.has(c.name) ? 'admin' : 'editor'}
        >
          {editable && draft === null && (
            <Button
              variant="ghost"
              onClick={() => setDraft(c.value ?? '')}
              aria-label={t('editName', { name: c.name })}
            >
              {t('edit')}
            </Button>
          )}
          {own && !c.readOnly && draft === null && (
            <Button
              variant="ghost"
              disabled={alter.isPending}
              onClick={() => alter.mutate({ reset: [c.name] })}
              aria-label={t('resetName', { name: c.name })}
              title={t('resetHint')}
            >
              {t('reset')}
            </Button>
          )}
        </Writable>
      </Td>
    </tr>
  );
}

/** Every config of a topic or broker: value, source, read-only and sensitive flags; edit and reset. */
export function ConfigTable({ resource }: { resource: ConfigResource }) {
  const q = useConfigsQuery(resource);
  const [search, setSearch] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);
  const t = useTranslations('configs');
  const errorText = useErrorText();
  const rows = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (q.data?.configs ?? []).filter(
      (c) =>
        (!s || c.name.includes(s) || (c.value ?? '').toLowerCase().includes(s)) &&
        (!changedOnly || !c.isDefault),
    );
  }, [q.data, search, changedOnly]);

  if (q.isPending) return <Skeleton className="h-64" />;
  if (q.isError && !q.data)
    return <ErrorState message={errorText(q.error)} onRetry={() => void q.refetch()} />;
  return (
    <div>
      <div className="flex items-center gap-3 border-b border-zinc-200 p-3 dark:border-zinc-800">
        <Input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          className="max-w-xs"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
          {t('changedOnly')}
        </label>
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400">
          {t('count', { shown: rows.length, total: q.data!.configs.length })}
        </span>
      </div>
      <Table data-testid="config-table">
        <thead>
          <tr>
            <Th>{t('name')}</Th>
            <Th>{t('value')}</Th>
            <Th>{t('source')}</Th>
            <Th className="w-36">
              <span className="sr-only">{t('actions')}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <Row key={c.name} c={c} resource={resource} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}
