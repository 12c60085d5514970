'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configListSchema, type AlterConfigsInput } from '@/lib/schemas/configs';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { configKeys, topicKeys } from './keys';

export type ConfigResource = { type: 'topic' | 'broker'; name: string };

const path = ({ type, name }: ConfigResource) =>
  type === 'topic'
    ? `/topics/${encodeURIComponent(name)}/configs`
    : `/brokers/${encodeURIComponent(name)}/configs`;

export function useConfigsQuery({ type, name }: ConfigResource) {
  const api = useApiPath();
  return useQuery({
    queryKey: configKeys.of(type, name),
    queryFn: ({ signal }) => apiFetch(api(path({ type, name })), configListSchema, { signal }),
  });
}

export function useAlterConfigsMutation(resource: ConfigResource) {
  const api = useApiPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<AlterConfigsInput>) =>
      apiFetch(api(path(resource)), configListSchema, { method: 'PATCH', body: JSON.stringify(input) }),
    onSuccess: (data) => {
      qc.setQueryData(configKeys.of(resource.type, resource.name), data);
      // cleanup.policy shows in the topic list and detail.
      if (resource.type === 'topic') void qc.invalidateQueries({ queryKey: topicKeys.all });
    },
  });
}
