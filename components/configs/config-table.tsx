'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { alterConfigs } from '@/lib/cli/admin';
import { Writable } from '@/components/layout/writable';
import { useMemo, useState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorState } from '@/components/layout/error-state';
import { useAlterConfigsMutation, useConfigsQuery, type ConfigResource } from '@/lib/api/configs';
import { CONFIG_DOCS, humanConfigValue } from '@/lib/config-docs';
import { DESTRUCTIVE_TOPIC_CONFIGS, type ConfigEntry, type ConfigSource } from '@/lib/schemas/configs';

const SOURCE: Record<ConfigSource, { label: string; tone: BadgeTone; title: string }> = {
  topic: { label: 'topic', tone: 'info', title: 'Set on this topic (dynamic)' },
  broker: { label: 'broker', tone: 'info', title: 'Set on this broker (dynamic)' },
  cluster: { label: 'cluster default', tone: 'neutral', title: 'Dynamic default for every broker' },
  static: { label: 'static', tone: 'neutral', title: 'From the broker’s server.properties' },
  default: { label: 'default', tone: 'neutral', title: 'Kafka’s built-in default' },
  other: { label: 'other', tone: 'neutral', title: 'Another source' },
};

function Row({ c, resource }: { c: ConfigEntry; resource: ConfigResource }) {
  const [draft, setDraft] = useState<string | null>(null);
  const alter = useAlterConfigsMutation(resource);
  const own = c.source === resource.type; // set on this very resource: can be reset
  const editable = !c.readOnly && !c.sensitive;
  const human = humanConfigValue(c.name, draft ?? c.value);
  const save = () => {
    if (draft === null) return;
    alter.mutate({ set: { [c.name]: draft } }, { onSuccess: () => setDraft(null) });
  };
  return (
    <tr data-testid={`config-${c.name}`} className="align-top">
      <Td>
        <div className="font-mono text-[13px]">{c.name}</div>
        {CONFIG_DOCS[c.name] && (
          <div className="mt-0.5 max-w-md text-xs text-zinc-500 dark:text-zinc-400">
            {CONFIG_DOCS[c.name]}
          </div>
        )}
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
              aria-label={`New value for ${c.name}`}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
              className="font-mono"
            />
            <Button type="submit" variant="primary" disabled={alter.isPending}>
              {alter.isPending ? 'Saving…' : 'Save'}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </form>
        ) : c.sensitive ? (
          <Badge title="Kafka never returns sensitive values">hidden</Badge>
        ) : (
          <span className="font-mono text-[13px] break-all" data-testid="config-value">
            {c.value ?? <span className="text-zinc-400">—</span>}
          </span>
        )}
        {human && <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{human}</div>}
        {alter.isError && (
          <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
            {alter.error.message}
          </p>
        )}
        {draft !== null && (
          <div className="mt-2">
            <CliCommands
              title="This change from a terminal"
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
          <Badge tone={SOURCE[c.source].tone} title={SOURCE[c.source].title}>
            {SOURCE[c.source].label}
          </Badge>
          {c.readOnly && (
            <Badge title="Changing it needs a broker restart or is not possible">read-only</Badge>
          )}
        </span>
      </Td>
      <Td className="text-right whitespace-nowrap">
        <Writable
          role={resource.type === 'broker' || DESTRUCTIVE_TOPIC_CONFIGS.has(c.name) ? 'admin' : 'editor'}
        >
          {editable && draft === null && (
            <Button variant="ghost" onClick={() => setDraft(c.value ?? '')} aria-label={`Edit ${c.name}`}>
              Edit
            </Button>
          )}
          {own && !c.readOnly && draft === null && (
            <Button
              variant="ghost"
              disabled={alter.isPending}
              onClick={() => alter.mutate({ reset: [c.name] })}
              aria-label={`Reset ${c.name} to its default`}
              title="Remove the override: the value falls back to the broker or Kafka default"
            >
              Reset
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
  const rows = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (q.data?.configs ?? []).filter(
      (c) =>
        (!s || c.name.includes(s) || (c.value ?? '').toLowerCase().includes(s)) &&
        (!changedOnly || !c.isDefault),
    );
  }, [q.data, search, changedOnly]);

  if (q.isPending) return <Skeleton className="h-64" />;
  if (q.isError && !q.data) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  return (
    <div>
      <div className="flex items-center gap-3 border-b border-zinc-200 p-3 dark:border-zinc-800">
        <Input
          type="search"
          aria-label="Search configs"
          placeholder="Search configs…"
          className="max-w-xs"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
          Only values that differ from Kafka’s default
        </label>
        <span className="ml-auto text-sm text-zinc-500 dark:text-zinc-400">
          {rows.length} of {q.data!.configs.length}
        </span>
      </div>
      <Table data-testid="config-table">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Value</Th>
            <Th>Source</Th>
            <Th className="w-36">
              <span className="sr-only">Actions</span>
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
