'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { createTopic } from '@/lib/cli/admin';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useIssueText } from '@/lib/i18n/issues';
import { useRouter } from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { useCreateTopicMutation } from '@/lib/api/topics';
import { collidesInMetrics, createTopicSchema } from '@/lib/schemas/topics';

const RETENTION = [
  ['', 'default'],
  ['3600000', 'hour'],
  ['86400000', 'day'],
  ['604800000', 'week'],
  ['2592000000', 'month'],
  ['-1', 'forever'],
] as const;
// Example values, not words: the same in every language.
const NAME_EXAMPLE = 'orders.v1';
// Config names and values, as Kafka spells them in every language.
const POLICIES = ['delete', 'compact', 'compact,delete'] as const;
const MIN_ISR = 'min.insync.replicas';

export function CreateTopicDialog({ brokers }: { brokers: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState('3');
  const [rf, setRf] = useState(String(Math.min(3, Math.max(1, brokers))));
  const [retention, setRetention] = useState('');
  const [cleanup, setCleanup] = useState('');
  const [minIsr, setMinIsr] = useState('');
  const [extra, setExtra] = useState('');
  const create = useCreateTopicMutation();
  const t = useTranslations('createTopic');

  const configs: Record<string, string> = {};
  if (retention) configs['retention.ms'] = retention;
  if (cleanup) configs['cleanup.policy'] = cleanup;
  if (minIsr) configs['min.insync.replicas'] = minIsr;
  for (const line of extra.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) configs[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  // The inputs hold text; the schema takes numbers (an empty field: missing, a word: not a number).
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  const parsed = createTopicSchema.safeParse({
    name,
    partitions: num(partitions),
    replicationFactor: num(rf),
    configs,
  });
  const issueText = useIssueText();
  const issue = (field: string) =>
    parsed.success ? undefined : issueText(parsed.error.issues.find((i) => i.path[0] === field));
  const rfTooBig = Number(rf) > brokers;

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('open')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('open')}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!parsed.success || rfTooBig) return;
            create.mutate(parsed.data, {
              onSuccess: (created) => {
                setOpen(false);
                router.push(`/topics/${encodeURIComponent(created.name)}`);
              },
            });
          }}
        >
          <Field
            label={t('name')}
            error={name ? issue('name') : undefined}
            hint={collidesInMetrics(name) ? t('collides') : t('nameHint')}
          >
            <Input
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={NAME_EXAMPLE}
              className="font-mono"
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('partitions')} error={issue('partitions')}>
              <Input
                type="number"
                min={1}
                value={partitions}
                onChange={(e) => setPartitions(e.target.value)}
              />
            </Field>
            <Field
              label={t('rf')}
              error={rfTooBig ? t('rfTooBig', { n: brokers }) : issue('replicationFactor')}
            >
              <Input type="number" min={1} max={brokers} value={rf} onChange={(e) => setRf(e.target.value)} />
            </Field>
            <Field label={t('retention')}>
              <select
                className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                value={retention}
                onChange={(e) => setRetention(e.target.value)}
              >
                {RETENTION.map(([v, l]) => (
                  <option key={v} value={v}>
                    {t(`retentions.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('cleanup')}>
              <select
                className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                value={cleanup}
                onChange={(e) => setCleanup(e.target.value)}
              >
                <option value="">{t('retentions.default')}</option>
                {POLICIES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={MIN_ISR}>
              <Input
                type="number"
                min={1}
                value={minIsr}
                onChange={(e) => setMinIsr(e.target.value)}
                placeholder={t('default')}
              />
            </Field>
          </div>
          <Field label={t('other')} hint={t('otherHint')}>
            <textarea
              className="h-16 w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
              value={extra}
              onChange={(e) => setExtra(e.target.value)}
            />
          </Field>
          <FormError error={create.error} />
          {parsed.success && <CliCommands title={t('cli')} build={(c) => createTopic(c, parsed.data)} />}
          <div className="flex justify-end gap-2 pt-1">
            <Button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!parsed.success || rfTooBig || create.isPending}
            >
              {create.isPending ? t('creating') : t('create')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
