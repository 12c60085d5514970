import type { useTranslations } from 'next-intl';
import { formatBytes } from './format';

// One line of documentation for the configs people change most (wording after the Apache Kafka docs) is in
// the messages, under configDocs.<name with "." as "_">, in each language.
export const configDocKey = (name: string) => name.replaceAll('.', '_');

type ValueText = ReturnType<typeof useTranslations<'configValues'>>;

const MS_SUFFIX = /(\.ms|\.time\.ms)$/;
const BYTES_SUFFIX = /\.bytes$/;

function duration(ms: number, t: ValueText): string {
  const units = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ] as const;
  for (const [size, unit] of units) if (ms >= size && ms % size === 0) return t(unit, { n: ms / size });
  return t('ms', { n: ms });
}

/**
 * A readable form of a value ("7 days" / "7일", "1.0 GB") for time and size configs, or null when plain is
 * best; `t` is the configValues messages of the page's language.
 */
export function humanConfigValue(name: string, value: string | null, t: ValueText): string | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  // Java's Long.MAX_VALUE is Kafka's "never" (flush.ms, flush.messages...); it is not exact as a JS number.
  if (value === '9223372036854775807') return t('longMax');
  const n = Number(value);
  if (MS_SUFFIX.test(name) || name.endsWith('.minutes') || name.endsWith('.hours')) {
    if (n < 0) return t('forever');
    const ms = name.endsWith('.minutes') ? n * 60_000 : name.endsWith('.hours') ? n * 3_600_000 : n;
    return ms >= 1000 ? duration(ms, t) : null;
  }
  if (BYTES_SUFFIX.test(name)) {
    if (n < 0) return t('noLimit');
    return n >= 1024 ? formatBytes(n) : null;
  }
  return null;
}
