import type { SubjectDetail } from '@/lib/schemas/registry';

// How a schema's text is shown and compared: Avro and JSON Schema pretty-printed (the registry may hold
// them on one line), Protobuf as the registry holds it.

export const subjectHref = (subject: string) => `/schemas/${encodeURIComponent(subject)}`;
export const FORMAT_LABEL = { AVRO: 'Avro', PROTOBUF: 'Protobuf', JSON: 'JSON Schema' } as const;

type Version = Pick<SubjectDetail['versions'][number], 'format' | 'schema'>;

export function prettySchema(v: Version): string {
  if (v.format === 'PROTOBUF') return v.schema;
  try {
    return JSON.stringify(JSON.parse(v.schema), null, 2);
  } catch {
    return v.schema;
  }
}

export const languageOf = (format: Version['format']) => (format === 'PROTOBUF' ? 'protobuf' : 'json');
