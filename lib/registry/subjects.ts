import 'server-only';
import type { SubjectDetail, SubjectList } from '@/lib/schemas/registry';
import { registryRequest } from './client';
import type { Reference, SchemaFormat } from './schemas';

// Subjects as the /schemas pages show them, through the Confluent-compatible API.

type Version = {
  subject: string;
  version: number;
  id: number;
  schema: string;
  schemaType?: SchemaFormat;
  references?: Reference[];
};
const LIST_CONCURRENCY = 8;
const enc = encodeURIComponent;

/** The topic and side a subject names by TopicNameStrategy (`<topic>-key` / `<topic>-value`). */
export function topicOf(subject: string): { topic: string | null; side: 'key' | 'value' | null } {
  const m = /^(.+)-(key|value)$/.exec(subject);
  return m ? { topic: m[1]!, side: m[2] as 'key' | 'value' } : { topic: null, side: null };
}

const level = (r: { compatibilityLevel?: string; compatibility?: string } | null) =>
  r?.compatibilityLevel ?? r?.compatibility ?? null;

/** GET /api/schemas: every subject with its latest version (a few lookups at a time), and the global level. */
export async function listSubjects(): Promise<SubjectList> {
  const [names, global] = await Promise.all([
    registryRequest<string[]>('GET', '/subjects'),
    registryRequest<{ compatibilityLevel?: string }>('GET', '/config').catch(() => null),
  ]);
  const queue = [...names].sort((a, b) => a.localeCompare(b));
  const out: SubjectList['subjects'] = [];
  await Promise.all(
    Array.from({ length: LIST_CONCURRENCY }, async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        const [latest, versions] = await Promise.all([
          registryRequest<Version>('GET', `/subjects/${enc(s)}/versions/latest`),
          registryRequest<number[]>('GET', `/subjects/${enc(s)}/versions`),
        ]);
        out.push({
          subject: s,
          format: latest.schemaType ?? 'AVRO',
          latestVersion: latest.version,
          latestId: latest.id,
          versions: versions.length,
          ...topicOf(s),
        });
      }
    }),
  );
  out.sort((a, b) => a.subject.localeCompare(b.subject));
  return { subjects: out, compatibility: level(global) };
}

/** GET /api/schemas/:subject: every version with its schema text (404 for a subject the registry lacks). */
export async function getSubject(subject: string): Promise<SubjectDetail> {
  const numbers = await registryRequest<number[]>('GET', `/subjects/${enc(subject)}/versions`);
  const [versions, own] = await Promise.all([
    Promise.all(
      numbers.map((v) => registryRequest<Version>('GET', `/subjects/${enc(subject)}/versions/${v}`)),
    ),
    registryRequest<{ compatibilityLevel?: string }>(
      'GET',
      `/config/${enc(subject)}?defaultToGlobal=true`,
    ).catch(() => null),
  ]);
  return {
    subject,
    versions: versions
      .map((v) => ({
        version: v.version,
        id: v.id,
        format: v.schemaType ?? 'AVRO',
        schema: v.schema,
        references: v.references ?? [],
      }))
      .sort((a, b) => b.version - a.version),
    compatibility: level(own),
    ...topicOf(subject),
  };
}
