'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  compatibilityCheckSchema,
  compatibilityResultSchema,
  deletedSchema,
  registeredSchema,
  registryHealthSchema,
  type SchemaDraft,
  subjectDetailSchema,
  subjectListSchema,
  subjectNamesSchema,
  topicSubjectsSchema,
} from '@/lib/schemas/registry';
import { useApiPath } from './cluster-scope';
import { apiFetch } from './fetcher';
import { schemaKeys } from './keys';

export const subjectPath = (subject: string) => `/schemas/${encodeURIComponent(subject)}`;

export function useSubjectsQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: schemaKeys.list(),
    queryFn: ({ signal }) => apiFetch(api('/schemas'), subjectListSchema, { signal }),
    refetchInterval: 30_000,
  });
}

/** Only the subjects' names (one registry request, however many subjects there are). */
export function useSubjectNamesQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: schemaKeys.names(),
    queryFn: ({ signal }) => apiFetch(api('/registry/subjects'), subjectNamesSchema, { signal }),
    staleTime: 30_000,
  });
}

export function useSubjectQuery(subject: string) {
  const api = useApiPath();
  return useQuery({
    queryKey: schemaKeys.subject(subject),
    queryFn: ({ signal }) => apiFetch(api(subjectPath(subject)), subjectDetailSchema, { signal }),
  });
}

/** Whether the Schema Registry is configured and answers (the overview shows it). */
export function useRegistryHealthQuery() {
  const api = useApiPath();
  return useQuery({
    queryKey: schemaKeys.health(),
    queryFn: ({ signal }) => apiFetch(api('/registry'), registryHealthSchema, { signal }),
    refetchInterval: 30_000,
  });
}

/** A topic's key and value subjects (the topic page shows them). */
export function useTopicSubjectsQuery(topic: string) {
  const api = useApiPath();
  return useQuery({
    queryKey: schemaKeys.topic(topic),
    queryFn: ({ signal }) =>
      apiFetch(api(`/topics/${encodeURIComponent(topic)}/schemas`), topicSubjectsSchema, { signal }),
    staleTime: 60_000,
  });
}

const post = (body: unknown, method = 'POST'): RequestInit => ({ method, body: JSON.stringify(body) });

/** After a change: the subject and the lists (subjects, a topic's subjects, the registry's count) again. */
function useRefreshSchemas() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: schemaKeys.all });
}

/** Set a subject's compatibility level (null: follow the registry's), or the registry's (subject null). */
export function useSetCompatibilityMutation(subject: string | null) {
  const api = useApiPath();
  const refresh = useRefreshSchemas();
  return useMutation({
    mutationFn: (compatibility: string | null) =>
      apiFetch(
        api(subject === null ? '/registry/config' : `${subjectPath(subject)}/config`),
        compatibilityResultSchema,
        post({ compatibility }, 'PUT'),
      ),
    onSuccess: refresh,
  });
}

/** Would the registry accept this draft under the subject's level? (Changes nothing.) */
export function useCheckSchemaMutation(subject: string) {
  const api = useApiPath();
  return useMutation({
    mutationFn: (draft: SchemaDraft) =>
      apiFetch(api(`${subjectPath(subject)}/check`), compatibilityCheckSchema, post(draft)),
  });
}

/** Register the draft as the subject's next version. */
export function useRegisterSchemaMutation(subject: string) {
  const api = useApiPath();
  const refresh = useRefreshSchemas();
  return useMutation({
    mutationFn: (draft: SchemaDraft) =>
      apiFetch(api(`${subjectPath(subject)}/versions`), registeredSchema, post(draft)),
    onSuccess: refresh,
  });
}

/** Delete a version (or, with version null, the whole subject); permanent: for good. */
export function useDeleteSchemaMutation(subject: string) {
  const api = useApiPath();
  const refresh = useRefreshSchemas();
  return useMutation({
    mutationFn: ({ version, permanent }: { version: number | null; permanent: boolean }) =>
      apiFetch(
        api(
          `${subjectPath(subject)}${version === null ? '' : `/versions/${version}`}?permanent=${permanent}`,
        ),
        deletedSchema,
        { method: 'DELETE' },
      ),
    onSuccess: refresh,
  });
}
