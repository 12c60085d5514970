import 'server-only';
import { AppError } from '@/lib/http/errors';
import type {
  RegistryHealth,
  SubjectDetail,
  SubjectList,
  SubjectNames,
  TopicSubjects,
} from '@/lib/schemas/registry';
import { registryConfig, registryRequest } from './client';
import { protoMessageTypes } from './encode';
import { protoFile } from './protobuf';
import { referencedSchemas, subjectVersion, type SubjectVersion } from './schemas';

// Subjects as the /schemas pages show them, through the Confluent-compatible API.

const LIST_CONCURRENCY = 8;
const enc = encodeURIComponent;

/** The topic and side a subject names by TopicNameStrategy (`<topic>-key` / `<topic>-value`). */
export function topicOf(subject: string): { topic: string | null; side: 'key' | 'value' | null } {
  const m = /^(.+)-(key|value)$/.exec(subject);
  return m ? { topic: m[1]!, side: m[2] as 'key' | 'value' } : { topic: null, side: null };
}

const level = (r: { compatibilityLevel?: string; compatibility?: string } | null) =>
  r?.compatibilityLevel ?? r?.compatibility ?? null;

/** GET /api/registry/subjects: the names alone, sorted (one request, however large the registry). */
export async function subjectNames(): Promise<SubjectNames> {
  const names = await registryRequest<string[]>('GET', '/subjects');
  return { subjects: [...names].sort((a, b) => a.localeCompare(b)) };
}

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
          subjectVersion(s),
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

/**
 * GET /api/schemas/:subject: every version (soft-deleted ones marked) with its schema text and referrers,
 * the compatibility level (own or the registry's) and the mode. 404 for a subject the registry lacks.
 */
export async function getSubject(subject: string): Promise<SubjectDetail> {
  const path = `/subjects/${enc(subject)}/versions`;
  const [live, all, own, global, mode] = await Promise.all([
    // A soft-deleted subject has no live versions (404) but is still shown, for an admin to delete for good.
    registryRequest<number[]>('GET', path).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'not_found') return [];
      throw e;
    }),
    registryRequest<number[]>('GET', `${path}?deleted=true`).catch(() => null),
    registryRequest<{ compatibilityLevel?: string }>('GET', `/config/${enc(subject)}`).catch(() => null),
    registryRequest<{ compatibilityLevel?: string }>('GET', '/config').catch(() => null),
    registryRequest<{ mode?: string }>('GET', `/mode/${enc(subject)}?defaultToGlobal=true`).catch(() => null),
  ]);
  const alive = new Set(live);
  const numbers = [...new Set([...live, ...(all ?? [])])];
  const versions = await Promise.all(
    numbers.map(async (v) => {
      const deleted = !alive.has(v);
      const [sv, referencedBy] = await Promise.all([
        // Apicurio does not serve the versions of a soft-deleted subject (Confluent does): left out.
        subjectVersion(subject, v, deleted)
          .then(withMessageTypes)
          .catch((e: unknown) => {
            if (deleted && e instanceof AppError && e.code === 'not_found') return null;
            throw e;
          }),
        referrers(subject, v),
      ]);
      return sv && { sv, deleted, referencedBy };
    }),
  ).then((all) => all.filter((x) => x !== null));
  if (!versions.length) throw new AppError('not_found', `Subject '${subject}' is not in the registry.`);
  return {
    subject,
    versions: versions
      .map(({ sv: v, deleted, referencedBy }) => ({
        version: v.version,
        id: v.id,
        format: v.schemaType ?? 'AVRO',
        schema: v.schema,
        references: v.references ?? [],
        ...(v.messageTypes && { messageTypes: v.messageTypes }),
        deleted,
        referencedBy,
      }))
      .sort((a, b) => b.version - a.version),
    compatibility: level(own) ?? level(global),
    ownCompatibility: level(own) !== null,
    globalCompatibility: level(global),
    mode: mode?.mode ?? null,
    ...topicOf(subject),
  };
}

/** The subjects and versions whose schemas reference this version (none where the registry cannot say). */
async function referrers(subject: string, version: number) {
  const ids = await registryRequest<number[]>(
    'GET',
    `/subjects/${enc(subject)}/versions/${version}/referencedby`,
  ).catch(() => []);
  const found = await Promise.all(
    ids.map((id) =>
      registryRequest<{ subject: string; version: number }[]>('GET', `/schemas/ids/${id}/versions`).catch(
        () => [],
      ),
    ),
  );
  return found.flat();
}

/** A Protobuf version with its message types (none when the file does not parse: the page still shows it). */
async function withMessageTypes(v: SubjectVersion): Promise<SubjectVersion & { messageTypes?: string[] }> {
  if (v.schemaType !== 'PROTOBUF') return v;
  try {
    const refs = await referencedSchemas(v.references ?? []);
    const file = protoFile(
      v.schema,
      refs.map((r) => ({ name: r.name, schema: r.schema })),
    );
    return { ...v, messageTypes: protoMessageTypes(file) };
  } catch {
    return { ...v, messageTypes: [] };
  }
}

/** GET /api/registry: configured or not, answering or not (and why), how many subjects. Never a 5xx. */
export async function registryHealth(): Promise<RegistryHealth> {
  try {
    if (!registryConfig()) return { configured: false, ok: false, subjects: null, message: null };
    const names = await registryRequest<string[]>('GET', '/subjects');
    return { configured: true, ok: true, subjects: names.length, message: null };
  } catch (e) {
    const message = e instanceof AppError ? e.message : (e as Error).message;
    return { configured: true, ok: false, subjects: null, message };
  }
}

/** GET /api/topics/:topic/schemas: the topic's key and value subjects by TopicNameStrategy, where they exist. */
export async function topicSubjects(topic: string): Promise<TopicSubjects> {
  if (!registryConfig()) return { configured: false, subjects: [] };
  const found = await Promise.all(
    (['key', 'value'] as const).map(async (side) => {
      const subject = `${topic}-${side}`;
      try {
        const v = await subjectVersion(subject);
        return { subject, side, format: v.schemaType ?? 'AVRO', latestVersion: v.version, latestId: v.id };
      } catch (e) {
        if (e instanceof AppError && e.code === 'not_found') return null;
        throw e;
      }
    }),
  );
  return { configured: true, subjects: found.filter((x) => x !== null) };
}
