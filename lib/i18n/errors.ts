import { useLocale, useTranslations } from 'next-intl';
import { ApiRequestError } from '@/lib/api/fetcher';
import { errorCodes } from '@/lib/schemas/error';

// The API answers { error: { code, message } } with the message in English (logs, curl, the CLI). The UI
// translates the code: on a Korean page a Korean sentence for the code leads, and the server's message
// follows in brackets, since it names the exact topic, offset or field.
const CODES = [...errorCodes, 'network', 'http', 'contract'] as const;
type Code = (typeof CODES)[number];
const isCode = (c: string): c is Code => (CODES as readonly string[]).includes(c);

/** A function that turns a failed request (or any error) into text for the person, in their language. */
export function useErrorText() {
  const locale = useLocale();
  const t = useTranslations('errors');
  return (e: unknown): string => {
    const message = e instanceof Error ? e.message : String(e);
    if (locale === 'en') return message;
    const code = e instanceof ApiRequestError && isCode(e.code) ? e.code : 'internal';
    return `${t(code)} (${message})`;
  };
}
