import 'server-only';
import Ajv from 'ajv';
import { AppError } from '@/lib/http/errors';
import type { CompatibilityCheck, Deleted, Registered, SchemaDraft } from '@/lib/schemas/registry';
import { registryRequest } from './client';
import { compile, referencedSchemas } from './schemas';

// Changing subjects through the Confluent-compatible API: compatibility levels, checking a draft, registering
// a version, soft and hard deletes. The registry enforces its own rules; a draft is also compiled here first
// so that a schema that does not parse gets the parser's reason (registries differ in how they say it).

const enc = encodeURIComponent;
const NAME = { AVRO: 'Avro', PROTOBUF: 'Protobuf', JSON: 'JSON Schema' } as const;

/** The level of a subject (null: follow the registry's), or the registry-wide one (subject null). */
export async function setCompatibility(subject: string | null, level: string | null) {
  const path = subject === null ? '/config' : `/config/${enc(subject)}`;
  if (level === null) {
    if (subject === null) throw new AppError('validation_failed', 'The registry-wide level cannot be unset.');
    // Unset: the subject follows the registry-wide level again (404 when it had none of its own: fine).
    await registryRequest('DELETE', path).catch((e: unknown) => {
      if (!(e instanceof AppError && e.code === 'not_found')) throw e;
    });
    return { compatibility: null };
  }
  const r = await registryRequest<{ compatibility?: string }>('PUT', path, { compatibility: level });
  return { compatibility: r.compatibility ?? level };
}

/** The draft compiled as the reader would compile it: a 422 with the parser's reason when it does not. */
async function validate(draft: SchemaDraft) {
  const refs = await referencedSchemas(draft.references).catch((e: unknown) => {
    const why = e instanceof AppError && e.code === 'not_found' ? 'is not in the registry' : String(e);
    throw new AppError('unprocessable', `A reference cannot be resolved: ${why}.`);
  });
  try {
    compile({ schema: draft.schema, schemaType: draft.format }, refs, { id: 0, where: [] });
    if (draft.format === 'JSON') {
      const parsed: unknown = JSON.parse(draft.schema);
      if (typeof parsed !== 'object' && typeof parsed !== 'boolean')
        throw new Error('a JSON Schema is an object (or true/false)');
      new Ajv({ strict: false, validateFormats: false }).compile(parsed as object);
    }
  } catch (e) {
    throw new AppError(
      'unprocessable',
      `This is not a valid ${NAME[draft.format]} schema: ${(e as Error).message}`,
    );
  }
}

const body = (d: SchemaDraft) => ({
  schema: d.schema,
  schemaType: d.format,
  ...(d.references.length && { references: d.references }),
});

/** Would the registry accept the draft under the subject's level? Checked against the latest version. */
export async function checkCompatibility(subject: string, draft: SchemaDraft): Promise<CompatibilityCheck> {
  await validate(draft);
  const [versions, level] = await Promise.all([
    registryRequest<number[]>('GET', `/subjects/${enc(subject)}/versions`).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'not_found') return [];
      throw e;
    }),
    registryRequest<{ compatibilityLevel?: string }>('GET', `/config/${enc(subject)}?defaultToGlobal=true`)
      .then((r) => r.compatibilityLevel ?? null)
      .catch(() => null),
  ]);
  const latest = versions.length ? Math.max(...versions) : null;
  if (latest === null)
    return {
      compatible: true,
      level,
      messages: ['The subject has no versions yet: any valid schema can be its first.'],
      against: null,
    };
  const r = await registryRequest<{ is_compatible: boolean; messages?: string[] }>(
    'POST',
    `/compatibility/subjects/${enc(subject)}/versions/latest?verbose=true`,
    body(draft),
  );
  const messages = r.messages ?? [];
  if (!messages.length)
    messages.push(
      r.is_compatible
        ? `Compatible with version ${latest} under ${level ?? 'the registry level'}.`
        : `Not compatible with version ${latest} under ${level ?? 'the registry level'} (the registry gave no details).`,
    );
  return { compatible: r.is_compatible, level, messages, against: latest };
}

/** Register the draft as the subject's next version (the same schema again answers its existing version). */
export async function registerVersion(subject: string, draft: SchemaDraft): Promise<Registered> {
  await validate(draft);
  const { id } = await registryRequest<{ id: number }>(
    'POST',
    `/subjects/${enc(subject)}/versions`,
    body(draft),
  );
  // The registration answers only the id; the version comes from looking the schema up under the subject.
  const found = await registryRequest<{ version: number; id: number }>(
    'POST',
    `/subjects/${enc(subject)}`,
    body(draft),
  ).catch(() => null);
  return { subject, id, version: found?.version ?? (await latestVersion(subject)) };
}

const latestVersion = async (subject: string) =>
  Math.max(...(await registryRequest<number[]>('GET', `/subjects/${enc(subject)}/versions`)));

/**
 * Delete one version (`version`) or the whole subject. Soft: readers keep decoding by id, producers can no
 * longer pick it. Permanent: soft first where needed (the registry requires it), then for good.
 */
export async function deleteSchema(
  subject: string,
  version: number | null,
  permanent: boolean,
): Promise<Deleted> {
  const path = `/subjects/${enc(subject)}${version === null ? '' : `/versions/${version}`}`;
  let soft: number | number[] | null = null;
  try {
    soft = await registryRequest<number | number[]>('DELETE', path);
  } catch (e) {
    // Already soft-deleted (Confluent: 404 40406, Apicurio: 409): only a permanent delete has more to do.
    if (!(permanent && e instanceof AppError && (e.code === 'not_found' || e.code === 'conflict'))) throw e;
  }
  const hard = permanent
    ? await registryRequest<number | number[]>('DELETE', `${path}?permanent=true`)
    : soft;
  const versions = ([] as number[]).concat(hard ?? soft ?? []);
  return { subject, versions: versions.sort((a, b) => a - b), permanent };
}
