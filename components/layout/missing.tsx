'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { decodeParam } from '@/lib/url';

const KINDS = {
  topic: { list: '/topics', listLabel: 'All topics', what: 'topic' },
  group: { list: '/groups', listLabel: 'All consumer groups', what: 'consumer group' },
  broker: { list: '/brokers', listLabel: 'All brokers', what: 'broker' },
  subject: { list: '/schemas', listLabel: 'All schemas', what: 'subject' },
} as const;

/** The not-found page of a topic, group or broker: says which one, by the name in the address. */
export function Missing({ kind }: { kind: keyof typeof KINDS }) {
  const k = KINDS[kind];
  const raw = usePathname().split('/').filter(Boolean)[1] ?? '';
  const name = decodeParam(raw);
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-found">
      <p className="font-mono text-sm text-zinc-500">404</p>
      <h1 className="mt-1 text-xl font-semibold break-all text-zinc-900 dark:text-zinc-50">
        {name === null
          ? `That is not a ${k.what} name`
          : kind === 'broker'
            ? `There is no broker ${name} in this cluster`
            : kind === 'subject'
              ? `There is no subject "${name}" in the Schema Registry`
              : `There is no ${k.what} "${name}" in this cluster`}
      </h1>
      <p className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">
        {name === null
          ? 'The address holds a broken percent-escape.'
          : `It may have been deleted, or the name is spelled differently.`}
      </p>
      <Link
        href={k.list}
        className="mt-4 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400"
      >
        {k.listLabel}
      </Link>
    </div>
  );
}
