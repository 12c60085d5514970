import { z } from 'zod';

// The Schema Registry pages' contract: subjects with their latest version, and one subject's versions.

export const schemaFormats = ['AVRO', 'PROTOBUF', 'JSON'] as const;
const reference = z.object({ name: z.string(), subject: z.string(), version: z.number().int() });

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

export const subjectVersionSchema = z.object({
  version: z.number().int(),
  id: z.number().int(),
  format: z.enum(schemaFormats),
  schema: z.string(),
  references: z.array(reference),
  /** Protobuf: every message type of the file (nested ones too), for the produce form. */
  messageTypes: z.array(z.string()).optional(),
});
export const subjectDetailSchema = z.object({
  subject: z.string(),
  versions: z.array(subjectVersionSchema),
  /** The subject's own level, else the registry's. */
  compatibility: z.string().nullable(),
  topic: z.string().nullable(),
  side: z.enum(['key', 'value']).nullable(),
});

export const subjectParamsSchema = z.object({
  subject: z.string().min(1, 'The subject is empty.').max(1000, 'The subject is over 1,000 characters.'),
});

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
