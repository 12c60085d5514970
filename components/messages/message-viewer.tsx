'use client';
import { useState } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Download, Pause, Play } from 'lucide-react';
import { useTimeZone } from '@/components/layout/time-zone';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { replaceUrl } from '@/components/ui/use-url-params';
import { useMessageStream, type StreamState } from '@/lib/api/messages';
import { useApiPath } from '@/lib/api/cluster-scope';
import type { Message } from '@/lib/schemas/messages';
import { MessageList } from './message-list';
import { ViewerControls } from './viewer-controls';
import { CliCommands } from '@/components/ui/cli-commands';
import { consumeMessages } from '@/lib/cli/messages';
import { apiQuery, messagesUrl, readParams, toRead, viewSearch, type ViewParams } from './viewer-params';
import { statusText } from './viewer-status';
import { Term } from '@/components/ui/term';

// The topic's Messages tab. Everything that defines the view is in the URL (viewer-params.ts), so a link
// reproduces it. Live mode lists newest first; "Stop live" keeps the list as it was on screen.

export function MessageViewer({
  topic,
  partitions,
  seed = null,
}: {
  topic: string;
  partitions: number;
  /** The page's first read, made by the server (app/(console)/topics/[topic]/page.tsx). */
  seed?: StreamState | null;
}) {
  const pathname = usePathname();
  const sp = useSearchParams();
  const params = readParams(sp);
  const { zone } = useTimeZone();
  const [draft, setDraft] = useState(params);
  const [paused, setPaused] = useState(false);
  /** What live mode showed when it was stopped: kept, with no new read, until the next read. */
  const [frozen, setFrozen] = useState<Message[] | null>(null);
  const live = params.live === '1';
  const t = useTranslations('viewer');
  const ts = useTranslations('viewerStatus');

  const apply = (patch: Partial<ViewParams>) => {
    const view = { ...draft, ...patch };
    setDraft(view);
    replaceUrl(`${pathname}?${viewSearch(sp, view)}`);
  };
  const read = (patch: Partial<ViewParams>) => {
    setFrozen(null);
    apply(patch);
  };

  const api = useApiPath();
  const base = api(`/topics/${encodeURIComponent(topic)}/messages`);
  const url = messagesUrl(topic, params);
  const stream = useMessageStream(frozen ? null : url, {
    live,
    paused,
    newestFirst: params.start === 'newest',
    seed,
  });
  const messages = frozen ?? stream.messages;
  const status = statusText(ts, stream, messages.length, {
    paused,
    newest: params.start === 'newest',
    stopped: frozen !== null,
  });
  const reading = !frozen && (stream.status === 'reading' || stream.status === 'connecting');
  const newestFirst = live || params.start === 'newest';

  return (
    <div className="space-y-3">
      <Card className="space-y-3 p-3">
        <ViewerControls
          draft={draft}
          setDraft={setDraft}
          partitions={partitions}
          live={live}
          onRead={() => read({ live: '' })}
          onLive={() => read({ live: '1' })}
          onStopLive={() => {
            setFrozen(stream.messages);
            apply({ live: '' });
          }}
        />
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-600 dark:text-zinc-400">
          <span role="status" data-testid="viewer-status">
            {status}
          </span>
          {reading && (
            <Button type="button" variant="ghost" className="text-xs" onClick={stream.cancel}>
              {t('cancel')}
            </Button>
          )}
          {live && !frozen && (
            <Button type="button" variant="ghost" className="text-xs" onClick={() => setPaused((p) => !p)}>
              {paused ? (
                <Play className="size-3.5" aria-hidden />
              ) : (
                <Pause className="size-3.5" aria-hidden />
              )}
              {paused ? t('resume') : t('pause')}
            </Button>
          )}
          <span data-testid="viewer-order">
            {params.partition === ''
              ? t('orderAll', { newestFirst: String(newestFirst) })
              : t('orderOne', { partition: params.partition, newestFirst: String(newestFirst) })}
          </span>
          <span title={t('committedOnlyHint')}>
            <Term k="transactions">{t('committedOnly')}</Term>
          </span>
          {stream.notes.map((n) => (
            <span key={n} className="text-amber-700 dark:text-amber-400">
              {n}
            </span>
          ))}
          {stream.unavailable.length > 0 && (
            <span
              role="status"
              data-testid="unavailable-partitions"
              className="text-amber-700 dark:text-amber-400"
            >
              {t('unavailable', {
                n: stream.unavailable.length,
                partitions: stream.unavailable.map((u) => u.partition).join(', '),
                reason: stream.unavailable[0]!.reason,
              })}
            </span>
          )}
          <span className="ml-auto flex items-center gap-2">
            <Download className="size-3.5" aria-hidden /> {t('download')}
            {(['json', 'ndjson'] as const).map((format) => (
              <a
                key={format}
                className="text-sky-700 underline dark:text-sky-400"
                href={`${base}?${apiQuery(params, { format, tz: zone })}`}
              >
                {format.toUpperCase()}
              </a>
            ))}
          </span>
        </div>
        {stream.error && !frozen && (
          <p
            role="alert"
            className="rounded-md bg-red-50 p-2 font-mono text-xs whitespace-pre-wrap text-red-700 dark:bg-red-950/50 dark:text-red-300"
          >
            {stream.error}
          </p>
        )}
        <CliCommands title={t('cli')} build={(c) => consumeMessages(c, toRead(topic, params))} />
      </Card>
      <MessageList
        topic={topic}
        messages={messages}
        empty={stream.status === 'done' || stream.status === 'live' || frozen ? t('noMessages') : ''}
      />
    </div>
  );
}
