'use client';
import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Term } from '@/components/ui/term';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { HEADERS_MAX } from '@/lib/schemas/produce';

type Header = { key: string; value: string };

/** The headers of a message to produce: name and value pairs, added and removed one by one. */
export function HeadersEditor({
  headers,
  error,
  onChange,
}: {
  headers: Header[];
  error?: string;
  onChange: (headers: Header[]) => void;
}) {
  const t = useTranslations('produce');
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-3">
        <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
          <Term k="header">{t('headers')}</Term>
        </span>
        <Button
          type="button"
          variant="ghost"
          className="text-xs"
          disabled={headers.length >= HEADERS_MAX}
          onClick={() => onChange([...headers, { key: '', value: '' }])}
        >
          <Plus className="size-3.5" aria-hidden /> {t('addHeader')}
        </Button>
      </div>
      {headers.map((h, i) => (
        <div key={i} className="flex gap-2">
          <Input
            aria-label={t('headerName', { n: i + 1 })}
            placeholder={t('name')}
            className="max-w-56 font-mono"
            value={h.key}
            onChange={(e) => onChange(headers.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))}
          />
          <Input
            aria-label={t('headerValue', { n: i + 1 })}
            placeholder={t('valuePlaceholder')}
            className="font-mono"
            value={h.value}
            onChange={(e) => onChange(headers.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
          />
          <Button
            type="button"
            variant="ghost"
            aria-label={t('removeHeader', { n: i + 1 })}
            onClick={() => onChange(headers.filter((_, j) => j !== i))}
          >
            <X className="size-4" aria-hidden />
          </Button>
        </div>
      ))}
      <FieldError error={error} />
    </div>
  );
}
