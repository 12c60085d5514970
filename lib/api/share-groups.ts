'use client';
import { useQuery } from '@tanstack/react-query';
import { shareGroupDetailSchema, shareGroupListSchema } from '@/lib/schemas/share-groups';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { shareGroupKeys } from './keys';

const LIVE_MS = 5_000;

const shareGroupPath = (id: string) => `/share-groups/${encodeURIComponent(id)}`;

export function useShareGroupsQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: shareGroupKeys.list(),
    queryFn: ({ signal }) => apiFetch(api('/share-groups'), shareGroupListSchema, { signal }),
    refetchInterval: LIVE_MS,
  });
}

export function useShareGroupQuery(id: string) {
  const api = useApiPath();
  return useQuery({
    queryKey: shareGroupKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(api(shareGroupPath(id)), shareGroupDetailSchema, { signal }),
    refetchInterval: LIVE_MS,
  });
}
