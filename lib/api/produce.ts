'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { produceResultSchema, type ProduceInput } from '@/lib/schemas/produce';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { topicKeys } from './keys';

/** Produce to a topic; resolves with what was written (and what was not, on a partial send). */
export function useProduceMutation(topic: string) {
  const api = useApiPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ProduceInput) =>
      apiFetch(api(`/topics/${encodeURIComponent(topic)}/produce`), produceResultSchema, {
        method: 'POST',
        body: JSON.stringify(input),
      }),
    // Message counts and sizes changed.
    onSuccess: () => void qc.invalidateQueries({ queryKey: topicKeys.all }),
  });
}
