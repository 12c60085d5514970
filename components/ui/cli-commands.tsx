'use client';
import { useState } from 'react';
import { Terminal } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/ui/copy-button';
import { useClusterOverviewQuery } from '@/lib/api/cluster';
import type { Command, Connection, Tool } from '@/lib/cli/base';
import { cn } from '@/lib/cn';

const TOOLS: { tool: Tool; label: string }[] = [
  { tool: 'kafka', label: 'Kafka CLI' },
  { tool: 'rpk', label: 'rpk' },
  { tool: 'kcat', label: 'kcat' },
];

/**
 * "The same from a terminal": the commands for what this view shows or does, per tool, copyable. Folded by
 * default; the connection (bootstrap, security) comes from the overview the shell already loads.
 */
export function CliCommands({ build, title }: { build: (c: Connection) => Command[]; title?: string }) {
  const overview = useClusterOverviewQuery();
  const [tool, setTool] = useState<Tool>('kafka');
  const t = useTranslations('cli');
  if (!overview.data) return null;
  const commands = build({ bootstrap: overview.data.bootstrap, ...overview.data.connection });
  const tools = TOOLS.filter((x) => commands.some((c) => c.tool === x.tool));
  const shown = commands.filter((c) => c.tool === (tools.some((x) => x.tool === tool) ? tool : 'kafka'));
  return (
    <details
      className="group rounded-md border border-zinc-200 text-sm dark:border-zinc-800"
      data-testid="cli"
    >
      <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-zinc-600 select-none dark:text-zinc-300">
        <Terminal className="size-4" aria-hidden />
        {title ?? t('title')}
      </summary>
      <div className="border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <div role="tablist" aria-label={t('tool')} className="mb-2 flex gap-1">
          {tools.map((x) => (
            <button
              key={x.tool}
              type="button"
              role="tab"
              aria-selected={x.tool === shown[0]?.tool}
              onClick={() => setTool(x.tool)}
              className={cn(
                'rounded px-2 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
                x.tool === shown[0]?.tool &&
                  'bg-zinc-200 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-zinc-50',
              )}
            >
              {x.label}
            </button>
          ))}
        </div>
        <ul className="flex flex-col gap-1.5">
          {shown.map((c) => (
            <li key={c.line}>
              <div className="flex items-start gap-1">
                <code className="min-w-0 flex-1 rounded bg-zinc-100 px-2 py-1 font-mono text-[12px] break-all text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
                  {c.line}
                </code>
                <CopyButton value={c.line} label={t('copy')} />
              </div>
              {c.notes?.map((n) => (
                <p key={n.kind} className="mt-0.5 text-xs text-zinc-500">
                  {t(`notes.${n.kind}`, { max: n.kind === 'kcatNewest' ? n.max : 0 })}
                </p>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
