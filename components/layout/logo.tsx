import { cn } from '@/lib/cn';

/** Kafscope's mark: a "K" tile (decorative; the name is always written next to it). */
export function LogoMark({ large = false }: { large?: boolean }) {
  return (
    <span
      aria-hidden
      className={cn(
        'grid place-items-center rounded bg-sky-600 font-mono font-bold text-white',
        large ? 'size-7 text-sm' : 'size-6 text-xs',
      )}
    >
      K
    </span>
  );
}
