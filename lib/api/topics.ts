'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  deleteRecordsResultSchema,
  topicDetailSchema,
  topicListSchema,
  type CreateTopicInput,
} from '@/lib/schemas/topics';
import { topicConsumersSchema } from '@/lib/schemas/groups';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { clusterKeys, topicKeys } from './keys';
import { restOf } from './first-screen';

const topicPath = (name: string) => `/topics/${encodeURIComponent(name)}`;

/** `computing`: the page stopped waiting for the list while the server computed it (see restOf). */
export function useTopicsQuery({ computing = false }: { computing?: boolean } = {}) {
  const api = useApiPath();
  return useQuery({
    queryKey: topicKeys.list(),
    // Not part of the key: it changes only how the same list is asked for.
    meta: { computing },
    // After a first screen (lib/list-views.ts), the rest comes from the list the page was cut from.
    queryFn: ({ signal, client, meta }) =>
      apiFetch(api(`/topics${restOf(client, topicKeys.list(), meta?.computing === true)}`), topicListSchema, {
        signal,
      }),
    // The server-rendered list counts as fresh for a few seconds: no second fetch right after hydration.
    staleTime: 5_000,
    refetchInterval: 15_000,
  });
}

export function useTopicQuery(name: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApiPath();
  return useQuery({
    queryKey: topicKeys.detail(name),
    queryFn: ({ signal }) => apiFetch(api(topicPath(name)), topicDetailSchema, { signal }),
    refetchInterval: 10_000,
    enabled,
  });
}

export function useCreateTopicMutation() {
  const api = useApiPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTopicInput) =>
      apiFetch(api('/topics'), topicDetailSchema, { method: 'POST', body: JSON.stringify(input) }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: topicKeys.all });
      void qc.invalidateQueries({ queryKey: clusterKeys.all });
    },
  });
}

export function useDeleteTopicMutation() {
  const api = useApiPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiFetch(api(topicPath(name)), z.object({ deleted: z.string() }), { method: 'DELETE' }),
    onSuccess: (_data, name) => {
      qc.removeQueries({ queryKey: topicKeys.detail(name) });
      void qc.invalidateQueries({ queryKey: topicKeys.list() });
      void qc.invalidateQueries({ queryKey: clusterKeys.all });
    },
  });
}

function useTopicAction<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: topicKeys.all });
      void qc.invalidateQueries({ queryKey: clusterKeys.all });
    },
  });
}

export function useAddPartitionsMutation(name: string) {
  const api = useApiPath();
  return useTopicAction((count: number) =>
    apiFetch(api(`${topicPath(name)}/partitions`), topicDetailSchema, {
      method: 'POST',
      body: JSON.stringify({ count }),
    }),
  );
}

export function useDeleteRecordsMutation(name: string) {
  const api = useApiPath();
  return useTopicAction((input: { partition?: number; before?: number }) =>
    apiFetch(api(`${topicPath(name)}/delete-records`), deleteRecordsResultSchema, {
      method: 'POST',
      body: JSON.stringify(input),
    }),
  );
}

export function useTopicConsumersQuery(name: string) {
  const api = useApiPath();
  return useQuery({
    queryKey: topicKeys.consumers(name),
    queryFn: ({ signal }) => apiFetch(api(`${topicPath(name)}/consumers`), topicConsumersSchema, { signal }),
    refetchInterval: 10_000,
  });
}
