'use client';
import { Radio, Square } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useTimeZone } from '@/components/layout/time-zone';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { ENCODINGS } from '@/lib/decode';
import { MAX_RESULTS } from '@/lib/schemas/messages';
import { fromPickerValue, toPickerValue } from '@/lib/time';
import type { ViewParams } from './viewer-params';

// Where to read: start, offset or time (in the console's time zone), partition, how many, search, CEL
// filter, decodings; Read, and Live / Stop live.

const ENCODING_LABELS: Partial<Record<(typeof ENCODINGS)[number], string>> = {
  msgpack: 'MessagePack',
  avro: 'Avro',
  protobuf: 'Protobuf',
  'json-schema': 'JSON Schema',
};
const REGISTRY = new Set<string>(['avro', 'protobuf', 'json-schema']);
// An example, not words: the same in every language.
const CEL_EXAMPLE = 'value.status == "paid" && value.total > 100';

/** The decodings; "auto" also picks a Schema Registry's framing when the bytes carry it. */
function EncodingOptions() {
  const t = useTranslations('viewer');
  return (
    <>
      {ENCODINGS.map((x) => (
        <option key={x} value={x}>
          {REGISTRY.has(x)
            ? t('viaRegistry', { format: ENCODING_LABELS[x] ?? x })
            : (ENCODING_LABELS[x] ?? x)}
        </option>
      ))}
    </>
  );
}

const Label = ({ children }: { children: React.ReactNode }) => (
  <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">{children}</span>
);

export function ViewerControls({
  draft,
  setDraft,
  partitions,
  live,
  onRead,
  onLive,
  onStopLive,
}: {
  draft: ViewParams;
  setDraft: (d: ViewParams) => void;
  partitions: number;
  live: boolean;
  onRead: () => void;
  onLive: () => void;
  onStopLive: () => void;
}) {
  const { zone, label } = useTimeZone();
  const ts = Number(draft.ts) || Date.parse(draft.ts);
  const t = useTranslations('viewer');
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-sm"
      aria-label={t('whereToRead')}
      onSubmit={(e) => {
        e.preventDefault();
        onRead();
      }}
    >
      <label className="space-y-1">
        <Label>{t('start')}</Label>
        <Select
          value={draft.start}
          onChange={(e) => setDraft({ ...draft, start: e.target.value })}
          className="w-32"
        >
          <option value="newest">{t('newest')}</option>
          <option value="oldest">{t('oldest')}</option>
          <option value="offset">{t('offset')}</option>
          <option value="timestamp">{t('timestamp')}</option>
        </Select>
      </label>
      {draft.start === 'offset' && (
        <label className="space-y-1">
          <Label>{t('offset')}</Label>
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
          <Label>{t('from', { zone: label })}</Label>
          <Input
            type="datetime-local"
            step="1"
            className="w-56"
            value={Number.isFinite(ts) ? toPickerValue(ts, zone) : ''}
            onChange={(e) => {
              const ms = fromPickerValue(e.target.value, zone);
              setDraft({ ...draft, ts: Number.isFinite(ms) ? String(ms) : '' });
            }}
          />
        </label>
      )}
      <label className="space-y-1">
        <Label>{t('partition')}</Label>
        <Select
          value={draft.partition}
          onChange={(e) => setDraft({ ...draft, partition: e.target.value })}
          className="w-28"
        >
          <option value="">{t('all')}</option>
          {Array.from({ length: partitions }, (_, p) => (
            <option key={p} value={String(p)}>
              {p}
            </option>
          ))}
        </Select>
      </label>
      <label className="space-y-1">
        <Label>{t('max')}</Label>
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
        <Label>{t('search')}</Label>
        <Input
          type="search"
          placeholder={t('searchPlaceholder')}
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
      </label>
      <label className="min-w-64 flex-[2] space-y-1">
        <Label>{t('filter')}</Label>
        <Input
          className="font-mono"
          placeholder={CEL_EXAMPLE}
          value={draft.filter}
          onChange={(e) => setDraft({ ...draft, filter: e.target.value })}
        />
      </label>
      {(['keyAs', 'valueAs'] as const).map((field) => (
        <label key={field} className="space-y-1">
          <Label>{field === 'keyAs' ? t('keyAs') : t('valueAs')}</Label>
          <Select
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            className="w-28"
          >
            <EncodingOptions />
          </Select>
        </label>
      ))}
      <Button type="submit" variant="primary">
        {t('read')}
      </Button>
      {live ? (
        <Button type="button" onClick={onStopLive}>
          <Square className="size-3.5" aria-hidden /> {t('stopLive')}
        </Button>
      ) : (
        <Button type="button" onClick={onLive}>
          <Radio className="size-3.5" aria-hidden /> {t('live')}
        </Button>
      )}
    </form>
  );
}
