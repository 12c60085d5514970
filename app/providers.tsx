'use client';
import { useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { ApiRequestError } from '@/lib/api/fetcher';

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 5_000,
            // 4xx answers are final; an unreachable cluster is handled by the banner's polling.
            retry: (count, e) => !(e instanceof ApiRequestError && e.status > 0) && count < 2,
          },
        },
      }),
  );
  // A mark that the page has hydrated: pages render their data on the server (issue 17), so it is on screen
  // before its controls answer; tests wait for this before they click.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '1';
  }, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
