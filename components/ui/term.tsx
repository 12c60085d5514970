'use client';
import Link from '@/components/ui/link';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useTranslations } from 'next-intl';
import type { TermKey } from '@/lib/glossary';

/**
 * A Kafka term that explains itself: its meaning on hover and on keyboard focus (two or three sentences from
 * the glossary messages, in the page's language), and a link to its entry on /learn. `children` is the label shown (defaults to the term).
 */
export function Term({ k, children }: { k: TermKey; children?: React.ReactNode }) {
  const t = useTranslations('glossary');
  return (
    <Tooltip.Provider delayDuration={300}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <Link
            href={`/learn#${k}`}
            prefetch={false}
            className="cursor-help underline decoration-zinc-400 decoration-dotted underline-offset-2 dark:decoration-zinc-500"
          >
            {children ?? t(`${k}.term`)}
          </Link>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            sideOffset={4}
            collisionPadding={8}
            className="z-50 max-w-72 rounded-md border border-zinc-200 bg-white px-3 py-2 text-xs leading-relaxed font-normal tracking-normal text-zinc-700 normal-case shadow-md dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
          >
            <span className="mb-0.5 block font-semibold text-zinc-900 dark:text-zinc-50">
              {t(`${k}.term`)}
            </span>
            {t(`${k}.text`)}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
