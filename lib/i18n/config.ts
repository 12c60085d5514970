// The console's languages. Pure and shared by the server (request config) and the browser (the switcher).
// There are no locale segments in URLs: a link to a topic is the same link in Korean and in English. The
// language comes from the person's choice (a cookie), else from the browser's Accept-Language.

export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
export const LOCALE_COOKIE = 'kafscope-locale';
/** Each language named in itself, as the switcher shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', ko: '한국어' };

export const isLocale = (v: unknown): v is Locale => locales.includes(v as Locale);

/**
 * The best supported language in an Accept-Language header, by quality then order
 * ("ko-KR,ko;q=0.9,en-US;q=0.8" -> ko); English when none is supported or the header is missing.
 */
export function negotiate(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.trim().toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        i,
      };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  return ranked.map((r) => r.lang).find(isLocale) ?? defaultLocale;
}

/** The locale a request asks for: a valid cookie wins, then Accept-Language. */
export const requestLocale = (cookie: string | undefined, acceptLanguage: string | null): Locale =>
  isLocale(cookie) ? cookie : negotiate(acceptLanguage);
