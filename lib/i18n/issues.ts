import { useTranslations } from 'next-intl';

// The shared zod schemas (lib/schemas) write their messages in English: the API answers with them. A form
// shows a field's problem in the page's language by the field and the kind of problem (fieldErrors.<field>.
// <kind>, with the schema's limits as arguments), and falls back to the schema's own words.

type Issue = {
  path: PropertyKey[];
  code: string;
  message: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
};
type T = ReturnType<typeof useTranslations<'fieldErrors'>>;

export function issueText(t: T, issue: Issue | undefined): string | undefined {
  if (!issue) return undefined;
  const kind = issue.code === 'invalid_type' && issue.format === 'safeint' ? 'not_integer' : issue.code;
  const key = `${String(issue.path[0])}.${kind}` as Parameters<T>[0];
  return t.has(key)
    ? t(key, { min: Number(issue.minimum ?? 0), max: Number(issue.maximum ?? 0) })
    : issue.message;
}

/** issueText in the page's language. */
export function useIssueText() {
  const t = useTranslations('fieldErrors');
  return (issue: Issue | undefined) => issueText(t, issue);
}
