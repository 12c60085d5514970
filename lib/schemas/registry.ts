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
