import type { Locale } from './config';
import type { Messages } from './messages';

// Message keys and locales are checked by TypeScript: t('topics.missing') fails to compile when the English
// file has no such key (the Korean file is held to the same keys by lib/i18n/messages.test.ts).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
