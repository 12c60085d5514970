'use client';
import NextLink from 'next/link';
import { useRouter as useNextRouter } from 'next/navigation';
import { useMemo, type ComponentProps } from 'react';
import { usePagePath } from '@/lib/api/cluster-scope';

// Links and navigation inside a cluster's pages: a path of the console ("/topics/orders") goes to the current
// cluster's page (/c/<cluster>/topics/orders), so components name pages as they always did and never lead to
// another cluster's topic of the same name by accident.

const inConsole = (href: string) =>
  href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/api/') && !href.startsWith('/c/');

export default function Link(props: ComponentProps<typeof NextLink>) {
  const page = usePagePath();
  const href = typeof props.href === 'string' && inConsole(props.href) ? page(props.href) : props.href;
  return <NextLink {...props} href={href} />;
}

/** Next's router, with console paths put under the current cluster. */
export function useRouter() {
  const router = useNextRouter();
  const page = usePagePath();
  return useMemo(() => {
    const to = (href: string) => (inConsole(href) ? page(href) : href);
    return {
      ...router,
      push: (href: string, o?: Parameters<typeof router.push>[1]) => router.push(to(href), o),
      replace: (href: string, o?: Parameters<typeof router.replace>[1]) => router.replace(to(href), o),
    };
  }, [router, page]);
}
