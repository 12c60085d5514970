'use client';
import { useQuery } from '@tanstack/react-query';
import {
  registryHealthSchema,
  subjectDetailSchema,
  subjectListSchema,
  topicSubjectsSchema,
} from '@/lib/schemas/registry';
import { apiFetch } from './fetcher';
import { schemaKeys } from './keys';

export const subjectPath = (subject: string) => `/api/schemas/${encodeURIComponent(subject)}`;

export function useSubjectsQuery() {
  return useQuery({
    queryKey: schemaKeys.list(),
    queryFn: ({ signal }) => apiFetch('/api/schemas', subjectListSchema, { signal }),
    refetchInterval: 30_000,
  });
}

export function useSubjectQuery(subject: string) {
  return useQuery({
    queryKey: schemaKeys.subject(subject),
    queryFn: ({ signal }) => apiFetch(subjectPath(subject), subjectDetailSchema, { signal }),
  });
}

/** Whether the Schema Registry is configured and answers (the overview shows it). */
export function useRegistryHealthQuery() {
  return useQuery({
    queryKey: schemaKeys.health(),
    queryFn: ({ signal }) => apiFetch('/api/registry', registryHealthSchema, { signal }),
    refetchInterval: 30_000,
  });
}

/** A topic's key and value subjects (the topic page shows them). */
export function useTopicSubjectsQuery(topic: string) {
  return useQuery({
    queryKey: schemaKeys.topic(topic),
    queryFn: ({ signal }) =>
      apiFetch(`/api/topics/${encodeURIComponent(topic)}/schemas`, topicSubjectsSchema, { signal }),
    staleTime: 60_000,
  });
}
