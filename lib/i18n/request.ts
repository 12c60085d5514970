import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, requestLocale } from './config';
import { messages } from './messages';

// next-intl's request configuration (named in next.config.js): the locale for this request and its
// messages. Dates and times are formatted by lib/time.ts in the zone the person chose, not by next-intl.
export default getRequestConfig(async () => {
  const locale = requestLocale(
    (await cookies()).get(LOCALE_COOKIE)?.value,
    (await headers()).get('accept-language'),
  );
  return { locale, messages: messages[locale], timeZone: 'UTC' };
});
