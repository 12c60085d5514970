'use client';
import { useQuery } from '@tanstack/react-query';
import { subjectDetailSchema, subjectListSchema } from '@/lib/schemas/registry';
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
