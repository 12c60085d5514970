'use client';
import { useQuery } from '@tanstack/react-query';
import { clusterOverviewSchema, healthSchema, settingsSchema } from '@/lib/schemas/cluster';
import { apiFetch } from './fetcher';
import { clusterKeys } from './keys';

export const HEALTH_POLL_MS = 3000;

export function useClusterOverviewQuery() {
  return useQuery({
    queryKey: clusterKeys.overview(),
    queryFn: () => apiFetch('/api/cluster', clusterOverviewSchema),
    refetchInterval: 10_000,
  });
}

/** Polled by the shell; drives the "cluster unreachable" banner. */
export function useHealthQuery() {
  return useQuery({
    queryKey: clusterKeys.health(),
    queryFn: () => apiFetch('/api/health', healthSchema),
    refetchInterval: HEALTH_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
}

/** Server settings the UI follows; read-only mode hides every action that changes the cluster. */
export function useSettingsQuery() {
  return useQuery({
    queryKey: ['settings'],
    queryFn: () => apiFetch('/api/settings', settingsSchema),
    staleTime: Infinity,
  });
}
