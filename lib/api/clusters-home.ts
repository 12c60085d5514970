'use client';
import { useQuery } from '@tanstack/react-query';
import { clusterSummarySchema, clustersSchema } from '@/lib/schemas/clusters';
import { clusterApi } from '@/lib/url';
import { apiFetch } from './fetcher';
import { homeKeys } from './keys';

/** The clusters this user may see (from the server's config: no cluster is asked). */
export function useClustersQuery() {
  return useQuery({
    queryKey: homeKeys.list(),
    queryFn: ({ signal }) => apiFetch('/api/clusters', clustersSchema, { signal }),
    staleTime: 60_000,
  });
}

/** One cluster's card; each cluster on its own, so a cluster that is down holds up only its card. */
export function useClusterSummaryQuery(cluster: string) {
  return useQuery({
    queryKey: homeKeys.summary(cluster),
    queryFn: ({ signal }) => apiFetch(clusterApi(cluster, '/summary'), clusterSummarySchema, { signal }),
    refetchInterval: 10_000,
    retry: false,
  });
}
