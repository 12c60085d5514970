'use client';
import { createContext, useCallback, useContext, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { newQueryClient } from './query-client';
import { clusterApi, clusterPage } from '@/lib/url';

// The cluster a page shows (the <cluster> of /c/<cluster>/...). Its API is /api/clusters/<cluster>/..., and
// its data lives in a query cache of its own, so the same topic or group name on two clusters never shares
// an entry, and switching back to a cluster finds its data still there.

const Current = createContext<string | null>(null);

/** The current cluster's name; null outside a cluster's pages (the clusters home). */
export const useClusterName = () => useContext(Current);

/** `path` under the current cluster's API. */
export function useApiPath() {
  const cluster = useContext(Current);
  if (cluster === null) throw new Error('useApiPath outside a cluster');
  return useCallback((path: string) => clusterApi(cluster, path), [cluster]);
}

/** `path` under the current cluster's pages ("/topics" -> "/c/dev/topics"); unchanged outside a cluster. */
export function usePagePath() {
  const cluster = useContext(Current);
  return useCallback((path: string) => (cluster === null ? path : clusterPage(cluster, path)), [cluster]);
}

const browserClients = new Map<string, QueryClient>();
/** Drop every cluster's cached answers (sign-in and sign-out: they belong to the previous user). */
export function clearClusterCaches() {
  for (const c of browserClients.values()) c.clear();
}

function browserClient(name: string) {
  let c = browserClients.get(name);
  if (!c) browserClients.set(name, (c = newQueryClient()));
  return c;
}

/** Provides the cluster's name and query cache to the pages below it. */
export function ClusterScope({ name, children }: { name: string; children: React.ReactNode }) {
  // In the browser one cache per cluster for the page's life; on the server one per request.
  const [serverClient] = useState(newQueryClient);
  const client = typeof window === 'undefined' ? serverClient : browserClient(name);
  return (
    <Current.Provider value={name}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </Current.Provider>
  );
}
