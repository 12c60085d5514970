import { z } from 'zod';

// The Schema Registry pages' contract: subjects with their latest version, and one subject's versions.

export const schemaFormats = ['AVRO', 'PROTOBUF', 'JSON'] as const;
const reference = z.object({
  name: z.string().min(1).max(1000),
  subject: z.string().min(1).max(1000),
  version: z.number().int().min(1),
});
/** The levels every Confluent-compatible registry knows (TRANSITIVE: against every version, not the last). */
export const compatibilityLevels = [
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
  'NONE',
] as const;

export const subjectSummarySchema = z.object({
  subject: z.string(),
  format: z.enum(schemaFormats),
  latestVersion: z.number().int(),
  latestId: z.number().int(),
  versions: z.number().int(),
  /** The topic and side the subject belongs to by the default naming strategy (TopicNameStrategy). */
  topic: z.string().nullable(),
  side: z.enum(['key', 'value']).nullable(),
});
export const subjectListSchema = z.object({
  subjects: z.array(subjectSummarySchema),
  /** The registry-wide compatibility level (BACKWARD, FULL, NONE, ...); null when it does not say. */
  compatibility: z.string().nullable(),
});

/** GET /api/registry/subjects: only the names (the produce form's picker; one registry request). */
export const subjectNamesSchema = z.object({ subjects: z.array(z.string()) });
export type SubjectNames = z.infer<typeof subjectNamesSchema>;

export const subjectVersionSchema = z.object({
  version: z.number().int(),
  id: z.number().int(),
  format: z.enum(schemaFormats),
  schema: z.string(),
  references: z.array(reference),
  /** Protobuf: every message type of the file (nested ones too), for the produce form. */
  messageTypes: z.array(z.string()).optional(),
  /** Soft-deleted: still readable by id, no longer offered to producers; an admin can delete it for good. */
  deleted: z.boolean(),
  /** The subjects and versions whose schemas reference this one. */
  referencedBy: z.array(z.object({ subject: z.string(), version: z.number().int() })),
});
export const subjectDetailSchema = z.object({
  subject: z.string(),
  versions: z.array(subjectVersionSchema),
  /** The subject's own level, else the registry's. */
  compatibility: z.string().nullable(),
  /** Whether the level is the subject's own (else it follows the registry-wide one). */
  ownCompatibility: z.boolean(),
  globalCompatibility: z.string().nullable(),
  /** READWRITE, READONLY, IMPORT (the subject's, else the registry's); null when the registry does not say. */
  mode: z.string().nullable(),
  topic: z.string().nullable(),
  side: z.enum(['key', 'value']).nullable(),
});

export const subjectParamsSchema = z.object({
  subject: z.string().min(1, 'The subject is empty.').max(1000, 'The subject is over 1,000 characters.'),
});

/** PUT /api/schemas/:subject/config and /api/registry/config; null: the subject follows the registry's level. */
export const compatibilityBodySchema = z.object({ compatibility: z.enum(compatibilityLevels).nullable() });
export const compatibilityResultSchema = z.object({ compatibility: z.string().nullable() });

/** A schema to check or register under a subject. */
export const schemaDraftSchema = z.object({
  schema: z
    .string()
    .min(1, 'The schema is empty.')
    .max(1_000_000, 'The schema is over 1,000,000 characters.'),
  format: z.enum(schemaFormats),
  references: z.array(reference).max(100).default([]),
});
export type SchemaDraft = z.infer<typeof schemaDraftSchema>;

/** POST /api/schemas/:subject/check: would the registry accept the draft under the subject's level? */
export const compatibilityCheckSchema = z.object({
  compatible: z.boolean(),
  /** The level it was checked under and what the registry said (its reasons where it gives them). */
  level: z.string().nullable(),
  messages: z.array(z.string()),
  /** The version it was checked against; null for a subject with no versions yet. */
  against: z.number().int().nullable(),
});
export type CompatibilityCheck = z.infer<typeof compatibilityCheckSchema>;

/** POST /api/schemas/:subject/versions: what was registered (the same schema again keeps its id and version). */
export const registeredSchema = z.object({
  subject: z.string(),
  id: z.number().int(),
  version: z.number().int(),
});
export type Registered = z.infer<typeof registeredSchema>;

export const subjectVersionParamsSchema = subjectParamsSchema.extend({
  version: z.coerce.number().int('The version is a whole number.').min(1, 'Versions start at 1.'),
});
export const deleteQuerySchema = z.object({
  permanent: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const deletedSchema = z.object({
  subject: z.string(),
  versions: z.array(z.number().int()),
  permanent: z.boolean(),
});
export type Deleted = z.infer<typeof deletedSchema>;

export type SubjectList = z.infer<typeof subjectListSchema>;
export type SubjectDetail = z.infer<typeof subjectDetailSchema>;

/** GET /api/registry: whether a registry is configured and answers (always 200: the overview shows it). */
export const registryHealthSchema = z.object({
  configured: z.boolean(),
  ok: z.boolean(),
  subjects: z.number().int().nullable(),
  message: z.string().nullable(),
});
export type RegistryHealth = z.infer<typeof registryHealthSchema>;

/** A topic's subjects by TopicNameStrategy (`<topic>-key`, `<topic>-value`) that the registry has. */
export const topicSubjectsSchema = z.object({
  configured: z.boolean(),
  subjects: z.array(
    z.object({
      subject: z.string(),
      side: z.enum(['key', 'value']),
      format: z.enum(schemaFormats),
      latestVersion: z.number().int(),
      latestId: z.number().int(),
    }),
  ),
});
export type TopicSubjects = z.infer<typeof topicSubjectsSchema>;
