'use client';
import { useQuery } from '@tanstack/react-query';
import { clusterOverviewSchema, healthSchema, settingsSchema } from '@/lib/schemas/cluster';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { clusterKeys, settingsKeys } from './keys';

export const HEALTH_POLL_MS = 3000;

export function useClusterOverviewQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: clusterKeys.overview(),
    queryFn: ({ signal }) => apiFetch(api('/cluster'), clusterOverviewSchema, { signal }),
    refetchInterval: 10_000,
  });
}

/** Polled by the shell; drives the "cluster unreachable" banner. */
export function useHealthQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: clusterKeys.health(),
    queryFn: ({ signal }) => apiFetch(api('/health'), healthSchema, { signal }),
    refetchInterval: HEALTH_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
}

/** Server settings the UI follows; read-only mode hides every action that changes the cluster. */
export function useSettingsQuery() {
  return useQuery({
    queryKey: settingsKeys.all,
    queryFn: ({ signal }) => apiFetch('/api/settings', settingsSchema, { signal }),
    staleTime: Infinity,
  });
}
