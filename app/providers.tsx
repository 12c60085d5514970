'use client';
import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { newQueryClient } from '@/lib/api/query-client';

export function Providers({ children }: { children: React.ReactNode }) {
  // Settings and the clusters list; each cluster's pages get a cache of their own (ClusterScope).
  const [client] = useState(newQueryClient);
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
