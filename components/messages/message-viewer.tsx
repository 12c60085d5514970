'use client';
import { useMemo, useRef, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight, Download, Pause, Play, Radio, Square } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { BUFFER_MAX, useMessageStream } from '@/lib/api/messages';
import { cn } from '@/lib/cn';
import { ENCODINGS, toHex, wireBytes } from '@/lib/decode';
import { formatBytes, formatNumber } from '@/lib/format';
import { DEFAULT_RESULTS, MAX_RESULTS, type Message } from '@/lib/schemas/messages';
import { MessageDetail } from './message-detail';

// The topic's Messages tab. Everything that defines the view is in the URL (start, partition, offset, ts,
// max, filter, q, live, keyAs, valueAs), so a link reproduces it.

type ViewParams = Record<
  'start' | 'partition' | 'offset' | 'ts' | 'max' | 'filter' | 'q' | 'live' | 'keyAs' | 'valueAs',
  string
>;

function readParams(sp: URLSearchParams): ViewParams {
  const get = (k: string) => sp.get(k) ?? '';
  return {
    // A link with an offset (from the produce form) opens at that offset.
    start: get('start') || (get('offset') ? 'offset' : 'newest'),
    partition: get('partition'),
    offset: get('offset'),
    ts: get('ts'),
    max: get('max') || String(DEFAULT_RESULTS),
    filter: get('filter'),
    q: get('q'),
    live: get('live'),
    keyAs: get('keyAs') || 'auto',
    valueAs: get('valueAs') || 'auto',
  };
}

function apiQuery(p: ViewParams, extra: Record<string, string> = {}) {
  const q = new URLSearchParams({ start: p.start, max: p.max, keyAs: p.keyAs, valueAs: p.valueAs, ...extra });
  if (p.partition) q.set('partition', p.partition);
  if (p.start === 'offset') q.set('offset', p.offset || '0');
  if (p.start === 'timestamp' && p.ts) q.set('ts', p.ts);
  if (p.filter) q.set('filter', p.filter);
  if (p.q) q.set('q', p.q);
  return q.toString();
}

/** One line of a key or value for the list. */
function preview(v: Message['value']): string {
  if (v.encoding === 'null') return 'null';
  if (v.text !== undefined) return v.text.length > 300 ? v.text.slice(0, 300) : v.text;
  return toHex(wireBytes(v)!, 48);
}

const ROW = 36;

/** The decodings we have, and the two that need a schema registry (their place, until one is configured). */
function EncodingOptions() {
  return (
    <>
      {ENCODINGS.map((x) => (
        <option key={x} value={x}>
          {x === 'msgpack' ? 'MessagePack' : x}
        </option>
      ))}
      <option disabled value="avro">
        Avro (needs a schema registry)
      </option>
      <option disabled value="protobuf">
        Protobuf (needs a schema registry)
      </option>
    </>
  );
}

export function MessageViewer({ topic, partitions }: { topic: string; partitions: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const sp = useSearchParams();
  const params = readParams(sp);
  const [draft, setDraft] = useState(params);
  const [paused, setPaused] = useState(false);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const live = params.live === '1';

  const apply = (patch: Partial<ViewParams>) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries({ ...draft, ...patch })) {
      if (v === '' || (k === 'keyAs' && v === 'auto') || (k === 'valueAs' && v === 'auto')) next.delete(k);
      else next.set(k, v);
    }
    next.set('tab', 'messages');
    router.replace(`${pathname}?${next}`, { scroll: false });
  };

  const base = `/api/topics/${encodeURIComponent(topic)}/messages`;
  const url = `${base}?${apiQuery(params, live ? { follow: '1' } : {})}`;
  const stream = useMessageStream(url, { live, paused });
  const messages = stream.messages;

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the list library we chose.
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 15,
    getItemKey: (i) => `${messages[i]!.partition}:${messages[i]!.offset}`,
  });
  const items = virtualizer.getVirtualItems();

  const status = useMemo(() => {
    const s = stream;
    if (s.status === 'error') return null;
    if (s.status === 'connecting') return 'Connecting…';
    if (s.status === 'reconnecting') return 'Connection lost; reconnecting…';
    if (s.status === 'cancelled') return `Cancelled. ${formatNumber(messages.length)} messages shown.`;
    if (s.status === 'live')
      return `Live: ${formatNumber(s.rate)} messages/s · ${formatNumber(messages.length)} shown${messages.length >= BUFFER_MAX ? ` (the newest ${formatNumber(BUFFER_MAX)})` : ''}${paused ? ` · paused, ${formatNumber(s.held)} waiting${s.dropped ? `, ${formatNumber(s.dropped)} dropped` : ''}` : ''}`;
    if (s.status === 'reading')
      return s.progress
        ? `Reading… scanned ${formatNumber(s.progress.scanned)} of ${formatNumber(s.progress.total)}, found ${formatNumber(s.progress.found)}`
        : 'Reading…';
    const d = s.done;
    if (!d) return null;
    const why =
      d.reason === 'max'
        ? `the first ${formatNumber(d.found)} (max)`
        : d.reason === 'end'
          ? 'everything there was'
          : d.reason === 'scan-limit'
            ? 'stopped at the scan limit'
            : 'stopped at the time limit';
    return `${formatNumber(d.found)} messages · scanned ${formatNumber(d.scanned)} · ${why}`;
  }, [stream, messages.length, paused]);

  const reading = stream.status === 'reading' || stream.status === 'connecting';
  return (
    <div className="space-y-3">
      <Card className="space-y-3 p-3">
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          aria-label="Where to read"
          onSubmit={(e) => {
            e.preventDefault();
            setOpen(new Set());
            apply({ live: '' });
          }}
        >
          <label className="space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Start</span>
            <Select
              value={draft.start}
              onChange={(e) => setDraft({ ...draft, start: e.target.value })}
              className="w-32"
            >
              <option value="newest">Newest</option>
              <option value="oldest">Oldest</option>
              <option value="offset">Offset</option>
              <option value="timestamp">Timestamp</option>
            </Select>
          </label>
          {draft.start === 'offset' && (
            <label className="space-y-1">
              <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Offset</span>
              <Input
                inputMode="numeric"
                className="w-28"
                value={draft.offset}
                onChange={(e) => setDraft({ ...draft, offset: e.target.value })}
              />
            </label>
          )}
          {draft.start === 'timestamp' && (
            <label className="space-y-1">
              <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">From (UTC)</span>
              <Input
                type="datetime-local"
                step="1"
                className="w-56"
                value={
                  draft.ts
                    ? new Date(Number(draft.ts) || Date.parse(draft.ts)).toISOString().slice(0, 19)
                    : ''
                }
                onChange={(e) =>
                  setDraft({ ...draft, ts: e.target.value ? String(Date.parse(`${e.target.value}Z`)) : '' })
                }
              />
            </label>
          )}
          <label className="space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Partition</span>
            <Select
              value={draft.partition}
              onChange={(e) => setDraft({ ...draft, partition: e.target.value })}
              className="w-28"
            >
              <option value="">All</option>
              {Array.from({ length: partitions }, (_, p) => (
                <option key={p} value={String(p)}>
                  {p}
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Max</span>
            <Input
              type="number"
              min={1}
              max={MAX_RESULTS}
              className="w-24"
              value={draft.max}
              onChange={(e) => setDraft({ ...draft, max: e.target.value })}
            />
          </label>
          <label className="min-w-48 flex-1 space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Search</span>
            <Input
              type="search"
              placeholder="text in key, value or headers"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </label>
          <label className="min-w-64 flex-[2] space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Filter (CEL)</span>
            <Input
              className="font-mono"
              placeholder='value.status == "paid" && value.total > 100'
              value={draft.filter}
              onChange={(e) => setDraft({ ...draft, filter: e.target.value })}
            />
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Key as</span>
            <Select
              value={draft.keyAs}
              onChange={(e) => setDraft({ ...draft, keyAs: e.target.value })}
              className="w-28"
            >
              <EncodingOptions />
            </Select>
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">Value as</span>
            <Select
              value={draft.valueAs}
              onChange={(e) => setDraft({ ...draft, valueAs: e.target.value })}
              className="w-28"
            >
              <EncodingOptions />
            </Select>
          </label>
          <Button type="submit" variant="primary">
            Read
          </Button>
          {live ? (
            <Button type="button" onClick={() => apply({ live: '' })}>
              <Square className="size-3.5" aria-hidden /> Stop live
            </Button>
          ) : (
            <Button type="button" onClick={() => apply({ live: '1' })}>
              <Radio className="size-3.5" aria-hidden /> Live
            </Button>
          )}
        </form>
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-600 dark:text-zinc-400">
          <span role="status" data-testid="viewer-status">
            {status}
          </span>
          {reading && (
            <Button type="button" variant="ghost" className="text-xs" onClick={stream.cancel}>
              Cancel
            </Button>
          )}
          {live && (
            <Button type="button" variant="ghost" className="text-xs" onClick={() => setPaused((p) => !p)}>
              {paused ? (
                <Play className="size-3.5" aria-hidden />
              ) : (
                <Pause className="size-3.5" aria-hidden />
              )}
              {paused ? 'Resume' : 'Pause'}
            </Button>
          )}
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
              {stream.unavailable.length === 1 ? 'Partition' : 'Partitions'}{' '}
              {stream.unavailable.map((u) => u.partition).join(', ')} cannot be read right now (
              {stream.unavailable[0]!.reason}); showing the others, and{' '}
              {stream.unavailable.length === 1 ? 'it resumes' : 'they resume'} by itself when the broker is
              back.
            </span>
          )}
          <span className="ml-auto flex items-center gap-2">
            <Download className="size-3.5" aria-hidden /> Download
            <a
              className="text-sky-700 underline dark:text-sky-400"
              href={`${base}?${apiQuery(params, { format: 'json' })}`}
            >
              JSON
            </a>
            <a
              className="text-sky-700 underline dark:text-sky-400"
              href={`${base}?${apiQuery(params, { format: 'ndjson' })}`}
            >
              NDJSON
            </a>
          </span>
        </div>
        {stream.error && (
          <p
            role="alert"
            className="rounded-md bg-red-50 p-2 text-sm whitespace-pre-wrap text-red-700 dark:bg-red-950/50 dark:text-red-300"
          >
            {stream.error}
          </p>
        )}
      </Card>

      <div
        ref={scrollRef}
        className="h-[60vh] overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
        data-testid="messages-list"
        role="list"
        aria-label="Messages"
      >
        {messages.length === 0 ? (
          <p className="p-6 text-sm text-zinc-500 dark:text-zinc-400">
            {stream.status === 'done' || stream.status === 'live' ? 'No messages.' : ''}
          </p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((it) => {
              const m = messages[it.index]!;
              const id = `${m.partition}:${m.offset}`;
              const isOpen = open.has(id);
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
                    onClick={() =>
                      setOpen((s) => {
                        const n = new Set(s);
                        if (n.has(id)) n.delete(id);
                        else n.add(id);
                        return n;
                      })
                    }
                    className="flex h-9 w-full items-center gap-3 px-3 text-left font-mono text-xs hover:bg-zinc-50 dark:hover:bg-zinc-900"
                  >
                    {isOpen ? (
                      <ChevronDown className="size-3.5 shrink-0" aria-hidden />
                    ) : (
                      <ChevronRight className="size-3.5 shrink-0" aria-hidden />
                    )}
                    <span className="w-10 shrink-0 text-zinc-500 tabular-nums" title="partition">
                      p{m.partition}
                    </span>
                    <span className="w-20 shrink-0 text-zinc-500 tabular-nums" title="offset">
                      {m.offset}
                    </span>
                    <span className="w-44 shrink-0 text-zinc-500 tabular-nums" title="timestamp">
                      {new Date(m.timestamp).toISOString().replace('T', ' ').slice(0, 23)}
                    </span>
                    <span
                      className={cn(
                        'w-40 shrink-0 truncate',
                        m.key.encoding === 'null' && 'text-zinc-400 italic',
                      )}
                      title="key"
                    >
                      {preview(m.key)}
                    </span>
                    <span
                      className={cn(
                        'min-w-0 flex-1 truncate',
                        m.value.encoding === 'null' && 'text-zinc-400 italic',
                      )}
                    >
                      {preview(m.value)}
                    </span>
                    <span
                      className="w-16 shrink-0 text-right text-zinc-500"
                      title={`${m.value.encoding}, ${m.value.size} bytes`}
                    >
                      {formatBytes(m.value.size)}
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
  );
}
