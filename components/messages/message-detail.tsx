'use client';
import { Time, useTimeZone } from '@/components/layout/time-zone';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Term } from '@/components/ui/term';
import { useTheme } from 'next-themes';
import { JsonView, collapseAllNested, darkStyles, defaultStyles } from 'react-json-view-lite';
import 'react-json-view-lite/dist/index.css';
import { Check, Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { fetchWholeMessage } from '@/lib/api/messages';
import { useApiPath } from '@/lib/api/cluster-scope';
import { toBase64, toHex, wireBytes } from '@/lib/decode';
import { formatBytes } from '@/lib/format';
import type { Message } from '@/lib/schemas/messages';
import { cn } from '@/lib/cn';

type WireValue = Message['value'];
type View = 'tree' | 'text' | 'hex' | 'base64';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  const t = useTranslations('common');
  return (
    <Button
      type="button"
      variant="ghost"
      className="px-1.5 py-0.5 text-xs"
      aria-label={label}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setDone(true);
          setTimeout(() => setDone(false), 1200);
        });
      }}
    >
      {done ? <Check className="size-3.5" aria-hidden /> : <Copy className="size-3.5" aria-hidden />}
      {done ? t('copied') : t('copy')}
    </Button>
  );
}

const STRUCTURED = new Set(['json', 'msgpack', 'avro', 'protobuf', 'json-schema']);

function parsed(v: WireValue): unknown {
  if (v.truncated || v.text === undefined || !STRUCTURED.has(v.encoding)) return undefined;
  try {
    return JSON.parse(v.text) as unknown;
  } catch {
    return undefined;
  }
}

/** The registry schema a key or value was written with: id, subject and version, Protobuf message type. */
function SchemaBadge({ schema }: { schema: NonNullable<WireValue['schema']> }) {
  const where = schema.subject ? `${schema.subject} v${schema.version}` : null;
  const t = useTranslations('messages');
  return (
    <span
      className="min-w-0 rounded bg-sky-50 px-1.5 py-0.5 font-mono text-xs break-all text-sky-800 dark:bg-sky-950 dark:text-sky-200"
      title={t('schemaHint')}
    >
      {t('schema', { id: schema.id })}
      {where && ` · ${where}`}
      {schema.type && ` · ${schema.type}`}
    </span>
  );
}

/** A key or value in every honest form: tree (JSON, MessagePack), text, hex, base64. */
function ValueView({ side, value }: { side: 'key' | 'value'; value: WireValue }) {
  const { resolvedTheme } = useTheme();
  const t = useTranslations('messages');
  const label = side === 'key' ? <Term k="key">{t('key')}</Term> : t('value');
  const data = parsed(value);
  const structured = data !== null && typeof data === 'object';
  const [view, setView] = useState<View>(structured ? 'tree' : value.text !== undefined ? 'text' : 'hex');
  if (value.encoding === 'null')
    return (
      <section className="space-y-1">
        <h4 className="text-xs font-semibold text-zinc-500 uppercase dark:text-zinc-400">{label}</h4>
        <p className="text-sm text-zinc-500 italic dark:text-zinc-400">
          {side === 'value' ? <Term k="tombstone">{t('nullTombstone')}</Term> : t('null')}
        </p>
      </section>
    );
  const bytes = wireBytes(value)!;
  const views: View[] = [
    ...(structured ? (['tree'] as const) : []),
    ...(value.text !== undefined ? (['text'] as const) : []),
    'hex',
    'base64',
  ];
  const shown =
    view === 'text'
      ? (value.text ?? '')
      : view === 'hex'
        ? toHex(bytes)
        : view === 'base64'
          ? toBase64(bytes)
          : '';
  return (
    <section className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="text-xs font-semibold text-zinc-500 uppercase dark:text-zinc-400">{label}</h4>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {value.encoding}, {formatBytes(value.size)}
          {value.error ? ` — ${value.error}` : ''}
        </span>
        {value.schema && <SchemaBadge schema={value.schema} />}
        <div className="ml-auto flex items-center gap-1">
          {views.map((v) => (
            <button
              key={v}
              type="button"
              onClick={() => setView(v)}
              aria-pressed={view === v}
              className={cn(
                'rounded px-1.5 py-0.5 text-xs',
                view === v
                  ? 'bg-zinc-200 font-medium text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50'
                  : 'text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
              )}
            >
              {t(`views.${v}`)}
            </button>
          ))}
          <CopyButton
            label={side === 'key' ? t('copyKey') : t('copyValue')}
            text={view === 'tree' ? JSON.stringify(data, null, 2) : shown}
          />
        </div>
      </div>
      {view === 'tree' ? (
        <div className="max-h-96 overflow-auto rounded-md border border-zinc-200 p-2 text-xs dark:border-zinc-800">
          <JsonView
            data={data as object}
            shouldExpandNode={collapseAllNested}
            style={resolvedTheme === 'dark' ? darkStyles : defaultStyles}
          />
        </div>
      ) : (
        <pre className="max-h-96 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:border-zinc-800 dark:bg-zinc-900">
          {shown}
        </pre>
      )}
    </section>
  );
}

/** A message opened in the list: key, value, headers and metadata, each copyable. */
export function MessageDetail({ topic, message }: { topic: string; message: Message }) {
  const { label } = useTimeZone();
  const t = useTranslations('messages');
  const api = useApiPath();
  const [whole, setWhole] = useState<Message | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const m = whole ?? message;
  const cut = m.key.truncated || m.value.truncated;
  return (
    <div className="space-y-3 border-t border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-950">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <div>
          <dt className="inline font-medium">{t('partition')} </dt>
          <dd className="inline tabular-nums">{m.partition}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t('offset')} </dt>
          <dd className="inline tabular-nums">{m.offset}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t('timestamp')} </dt>
          <dd className="inline tabular-nums">
            <Time ms={m.timestamp} precision="ms" /> {label} ({m.timestamp},{' '}
            {t('timestampType', { type: m.timestampType === 'log-append' ? 'logAppend' : m.timestampType })})
          </dd>
        </div>
        <div className="ml-auto">
          <CopyButton label={t('copyJson')} text={JSON.stringify(m, null, 2)} />
        </div>
      </dl>
      {cut && (
        <div className="flex items-center gap-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {t('large')}
          <Button
            type="button"
            className="text-xs"
            disabled={loading}
            onClick={() => {
              setLoading(true);
              fetchWholeMessage(api, topic, m.partition, m.offset)
                .then(setWhole, (e: Error) => setError(e.message))
                .finally(() => setLoading(false));
            }}
          >
            {loading ? t('loading') : t('showAll')}
          </Button>
          {error && <span role="alert">{error}</span>}
        </div>
      )}
      <ValueView key={`k${whole ? 1 : 0}`} side="key" value={m.key} />
      <ValueView key={`v${whole ? 1 : 0}`} side="value" value={m.value} />
      <section className="space-y-1">
        <h4 className="text-xs font-semibold text-zinc-500 uppercase dark:text-zinc-400">
          <Term k="header">{t('headers', { n: m.headers.length })}</Term>
        </h4>
        {m.headers.length > 0 && (
          <table className="text-xs">
            <tbody>
              {m.headers.map((h, i) => (
                <tr key={i}>
                  <td className="pr-4 font-mono font-medium">{h.key}</td>
                  <td className="font-mono break-all">
                    {h.value.text ?? (h.value.encoding === 'null' ? 'null' : `base64:${h.value.base64}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
