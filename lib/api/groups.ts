'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  groupDetailSchema,
  groupHistorySchema,
  groupListSchema,
  resetResultSchema,
} from '@/lib/schemas/groups';
import type { ResetOffsetsBody } from '@/lib/types';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { clusterKeys, groupKeys, topicKeys } from './keys';
import { restOf } from './first-screen';

const groupPath = (id: string) => `/groups/${encodeURIComponent(id)}`;
// Lag pages update live: often enough to see lag move, not more often than the history samples.
const LIVE_MS = 5_000;

/** `computing`: the page stopped waiting for the list while the server computed it (see restOf). */
export function useGroupsQuery({ computing = false }: { computing?: boolean } = {}) {
  const api = useApiPath();
  return useQuery({
    queryKey: groupKeys.list(),
    // Not part of the key: it changes only how the same list is asked for.
    meta: { computing },
    queryFn: ({ signal, client, meta }) =>
      apiFetch(api(`/groups${restOf(client, groupKeys.list(), meta?.computing === true)}`), groupListSchema, {
        signal,
      }),
    refetchInterval: LIVE_MS,
  });
}

export function useGroupQuery(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApiPath();
  return useQuery({
    queryKey: groupKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(api(groupPath(id)), groupDetailSchema, { signal }),
    refetchInterval: LIVE_MS,
    enabled,
  });
}

export function useGroupHistoryQuery(id: string) {
  const api = useApiPath();
  return useQuery({
    queryKey: groupKeys.history(id),
    queryFn: ({ signal }) => apiFetch(api(`${groupPath(id)}/history`), groupHistorySchema, { signal }),
    refetchInterval: LIVE_MS,
  });
}

function useInvalidateGroups() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: groupKeys.all });
    void qc.invalidateQueries({ queryKey: topicKeys.all });
    void qc.invalidateQueries({ queryKey: clusterKeys.all });
  };
}

/** Preview (apply: false) or apply an offset reset. */
export function useResetOffsetsMutation(id: string) {
  const api = useApiPath();
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (body: ResetOffsetsBody) =>
      apiFetch(api(`${groupPath(id)}/reset-offsets`), resetResultSchema, {
        method: 'POST',
        body: JSON.stringify(body),
      }),
    onSuccess: (r) => {
      if (r.applied) invalidate();
    },
  });
}

export function useDeleteGroupMutation() {
  const api = useApiPath();
  const qc = useQueryClient();
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(api(groupPath(id)), z.object({ deleted: z.string() }), { method: 'DELETE' }),
    onSuccess: (_d, id) => {
      qc.removeQueries({ queryKey: groupKeys.detail(id) });
      invalidate();
    },
  });
}

export function useDeleteGroupOffsetsMutation(id: string) {
  const api = useApiPath();
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (topic: string) =>
      apiFetch(
        api(`${groupPath(id)}/offsets?topic=${encodeURIComponent(topic)}`),
        z.object({ groupId: z.string(), topic: z.string(), partitions: z.array(z.number()) }),
        { method: 'DELETE' },
      ),
    onSuccess: invalidate,
  });
}
