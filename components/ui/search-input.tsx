'use client';
import { useEffect, useRef } from 'react';
import { Input } from './input';

type Props = Omit<React.ComponentProps<'input'>, 'value' | 'defaultValue' | 'onChange' | 'type'> & {
  /** The search as the URL has it. */
  value: string;
  onSearch: (text: string) => void;
};

/**
 * A search box whose text lives in the URL. The server renders the box, so it takes keys before the page's
 * JavaScript has run; text typed then is applied when React takes over, instead of staying in the box
 * without filtering anything (a long list's first rows show before the script has loaded).
 */
export function SearchInput({ value, onSearch, ...props }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const first = useRef({ value, onSearch });
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed === undefined || typed === first.current.value) return;
    // After this commit's other effects: Next's router starts following history.replaceState in an effect
    // of its own, which runs after ours (parents' effects run after their children's).
    const t = setTimeout(() => first.current.onSearch(typed), 0);
    return () => clearTimeout(t);
  }, []);
  return (
    <Input
      ref={ref}
      type="search"
      defaultValue={value}
      onChange={(e) => onSearch(e.target.value)}
      {...props}
    />
  );
}
