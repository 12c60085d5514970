'use client';
import { useTranslations } from 'next-intl';
import { useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowUp, ChevronDown, ChevronRight } from 'lucide-react';
import { useTimeZone } from '@/components/layout/time-zone';
import { addedOnTop } from '@/lib/api/message-order';
import { cn } from '@/lib/cn';
import { toHex, wireBytes } from '@/lib/decode';
import { formatBytes } from '@/lib/format';
import type { Message } from '@/lib/schemas/messages';
import { formatTime } from '@/lib/time';
import { MessageDetail } from './message-detail';

// The list of messages: labelled columns, virtualized rows that open into the message's detail. When new
// messages arrive on top (live mode) while the reader is scrolled down, the rows in view stay where they
// are and a "N new" button leads back up, as chat and log viewers do.

const ROW = 36;
/** Scrolled less than this from the top counts as "at the top": new rows then simply appear. */
const TOP_SLACK = 8;
const COLS = 'grid grid-cols-[14px_40px_80px_176px_160px_minmax(160px,1fr)_64px] items-center gap-3 px-3';

/** One line of a key or value for the list. */
function preview(v: Message['value']): string {
  if (v.text !== undefined) return v.text.length > 300 ? v.text.slice(0, 300) : v.text;
  return toHex(wireBytes(v)!, 48);
}

export function MessageList({
  topic,
  messages,
  empty,
}: {
  topic: string;
  messages: Message[];
  empty: string;
}) {
  const { zone, label } = useTimeZone();
  const t = useTranslations('messages');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [unseen, setUnseen] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<Message | undefined>(undefined);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the list library we chose.
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 15,
    // The server renders the first rows when it made the first read (the list is 60vh high); the browser's
    // first render must match it.
    initialRect: { width: 1280, height: 540 },
    getItemKey: (i) => `${messages[i]!.partition}:${messages[i]!.offset}`,
  });

  // Rows added on top while the reader is further down: move the scroll position by their height.
  useLayoutEffect(() => {
    const added = addedOnTop(messages, firstRef.current);
    firstRef.current = messages[0];
    const el = scrollRef.current;
    if (!el || !added || el.scrollTop <= TOP_SLACK) return;
    el.scrollTop += added * ROW;
    setUnseen((n) => n + added);
  }, [messages]);

  const items = virtualizer.getVirtualItems();
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <div className="relative">
      {unseen > 0 && (
        <button
          type="button"
          data-testid="new-messages"
          onClick={() => {
            scrollRef.current?.scrollTo({ top: 0 });
            setUnseen(0);
          }}
          className="absolute top-10 left-1/2 z-20 flex -translate-x-1/2 items-center gap-1 rounded-full bg-sky-600 px-3 py-1 text-xs font-medium text-white shadow hover:bg-sky-700"
        >
          <ArrowUp className="size-3.5" aria-hidden /> {t('newCount', { n: unseen })}
        </button>
      )}
      <div
        ref={scrollRef}
        onScroll={(e) => {
          if (unseen && e.currentTarget.scrollTop <= TOP_SLACK) setUnseen(0);
        }}
        className="h-[60vh] overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
        data-testid="messages-list"
      >
        <div className="min-w-[760px]">
          <div
            role="row"
            data-testid="message-columns"
            className={cn(
              COLS,
              'sticky top-0 z-10 h-8 border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400',
            )}
          >
            <span aria-hidden />
            <span role="columnheader">{t('part')}</span>
            <span role="columnheader">{t('offset')}</span>
            <span role="columnheader" title={t('timeHint', { zone: label })}>
              {t('time', { zone: label })}
            </span>
            <span role="columnheader">{t('key')}</span>
            <span role="columnheader">{t('value')}</span>
            <span role="columnheader" className="text-right">
              {t('size')}
            </span>
          </div>
          {messages.length === 0 ? (
            <p className="p-6 text-sm text-zinc-500 dark:text-zinc-400">{empty}</p>
          ) : (
            <div
              role="list"
              aria-label={t('list')}
              style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
            >
              {items.map((it) => {
                const m = messages[it.index]!;
                const id = `${m.partition}:${m.offset}`;
                const isOpen = open.has(id);
                const tombstone = m.value.encoding === 'null';
                return (
                  <div
                    key={it.key}
                    role="listitem"
                    data-index={it.index}
                    ref={virtualizer.measureElement}
                    className="absolute inset-x-0 border-b border-zinc-100 dark:border-zinc-900"
                    style={{ transform: `translateY(${it.start}px)` }}
                    data-testid="message-row"
                  >
                    <button
                      type="button"
                      aria-expanded={isOpen}
                      onClick={() => toggle(id)}
                      className={cn(
                        COLS,
                        'h-9 w-full text-left font-mono text-xs hover:bg-zinc-50 dark:hover:bg-zinc-900',
                      )}
                    >
                      {isOpen ? (
                        <ChevronDown className="size-3.5" aria-hidden />
                      ) : (
                        <ChevronRight className="size-3.5" aria-hidden />
                      )}
                      <span className="text-zinc-500 tabular-nums">{m.partition}</span>
                      <span className="text-zinc-500 tabular-nums">{m.offset}</span>
                      <span className="text-zinc-500 tabular-nums">{formatTime(m.timestamp, zone)}</span>
                      <span className={cn('truncate', m.key.encoding === 'null' && 'text-zinc-400 italic')}>
                        {m.key.encoding === 'null' ? t('noKey') : preview(m.key)}
                      </span>
                      <span className={cn('min-w-0 truncate', tombstone && 'text-zinc-400 italic')}>
                        {tombstone ? t('tombstone') : preview(m.value)}
                      </span>
                      <span
                        className="text-right text-zinc-500"
                        title={
                          tombstone
                            ? t('tombstoneHint')
                            : t('valueHint', {
                                encoding: m.value.encoding,
                                size: m.value.size,
                                schema: m.value.schema
                                  ? `${m.value.schema.id}${m.value.schema.subject ? ` (${m.value.schema.subject} v${m.value.schema.version})` : ''}`
                                  : 'none',
                              })
                        }
                      >
                        {tombstone ? '—' : formatBytes(m.value.size)}
                      </span>
                    </button>
                    {isOpen && <MessageDetail topic={topic} message={m} />}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
