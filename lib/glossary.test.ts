import { describe, expect, it } from 'vitest';
import { TERM_KEYS, termDocs } from './glossary';
import { messages } from './i18n/messages';
import { locales } from './i18n/config';

describe('glossary', () => {
  it('links every term into the Apache Kafka documentation, under a key usable as a URL fragment', () => {
    expect(TERM_KEYS.length).toBeGreaterThanOrEqual(28);
    for (const k of TERM_KEYS) {
      expect(termDocs(k)).toMatch(/^https:\/\/kafka\.apache\.org\/documentation\/#\w/);
      expect(k).toMatch(/^[a-z-]+$/);
    }
  });

  it.each(locales)('explains every term in two or three sentences, in %s', (locale) => {
    const glossary: Record<string, { term: string; text: string }> = messages[locale].glossary;
    expect(Object.keys(glossary).sort()).toEqual([...TERM_KEYS].sort());
    for (const k of TERM_KEYS) {
      const t = glossary[k]!;
      expect(t.term.trim(), k).not.toBe('');
      // A sentence ends with . ! or ? followed by a space (Korean uses the same full stop).
      const sentences = t.text.split(/(?<=[.!?])\s+(?=\S)/);
      expect(sentences.length, `${k}: ${t.text}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `${k}: ${t.text}`).toBeLessThanOrEqual(3);
    }
  });
});
