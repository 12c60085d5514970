'use client';
import { CliCommands } from '@/components/ui/cli-commands';
import { createTopic } from '@/lib/cli/admin';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { useCreateTopicMutation } from '@/lib/api/topics';
import { collidesInMetrics, createTopicSchema } from '@/lib/schemas/topics';

const RETENTION = [
  ['', 'broker default'],
  ['3600000', '1 hour'],
  ['86400000', '1 day'],
  ['604800000', '7 days'],
  ['2592000000', '30 days'],
  ['-1', 'forever'],
] as const;

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
  const issue = (field: string) =>
    parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field)?.message;
  const rfTooBig = Number(rf) > brokers;

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Create topic
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Create topic">
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!parsed.success || rfTooBig) return;
            create.mutate(parsed.data, {
              onSuccess: (t) => {
                setOpen(false);
                router.push(`/topics/${encodeURIComponent(t.name)}`);
              },
            });
          }}
        >
          <Field
            label="Name"
            error={name ? issue('name') : undefined}
            hint={
              collidesInMetrics(name)
                ? 'Mixing "." and "_" can collide in metric names; pick one.'
                : 'Letters, digits, ".", "_" and "-"; at most 249.'
            }
          >
            <Input
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="orders.v1"
              className="font-mono"
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Partitions" error={issue('partitions')}>
              <Input
                type="number"
                min={1}
                value={partitions}
                onChange={(e) => setPartitions(e.target.value)}
              />
            </Field>
            <Field
              label="Replication factor"
              error={
                rfTooBig
                  ? `At most ${brokers}: the cluster has ${brokers} broker${brokers === 1 ? '' : 's'}.`
                  : issue('replicationFactor')
              }
            >
              <Input type="number" min={1} max={brokers} value={rf} onChange={(e) => setRf(e.target.value)} />
            </Field>
            <Field label="Retention">
              <select
                className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                value={retention}
                onChange={(e) => setRetention(e.target.value)}
              >
                {RETENTION.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Cleanup policy">
              <select
                className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                value={cleanup}
                onChange={(e) => setCleanup(e.target.value)}
              >
                <option value="">broker default</option>
                <option value="delete">delete</option>
                <option value="compact">compact</option>
                <option value="compact,delete">compact,delete</option>
              </select>
            </Field>
            <Field label="min.insync.replicas">
              <Input
                type="number"
                min={1}
                value={minIsr}
                onChange={(e) => setMinIsr(e.target.value)}
                placeholder="default"
              />
            </Field>
          </div>
          <Field label="Other settings" hint="One name=value per line, e.g. max.message.bytes=2097152">
            <textarea
              className="h-16 w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
              value={extra}
              onChange={(e) => setExtra(e.target.value)}
            />
          </Field>
          <FormError error={create.error} />
          {parsed.success && (
            <CliCommands title="This topic from a terminal" build={(c) => createTopic(c, parsed.data)} />
          )}
          <div className="flex justify-end gap-2 pt-1">
            <Button type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!parsed.success || rfTooBig || create.isPending}
            >
              {create.isPending ? 'Creating…' : 'Create'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
