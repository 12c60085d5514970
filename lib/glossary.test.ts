import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_KEYS } from './glossary';

describe('glossary', () => {
  it('explains every term in two or three sentences, with a link into the Apache Kafka documentation', () => {
    expect(TERM_KEYS.length).toBeGreaterThanOrEqual(20);
    for (const k of TERM_KEYS) {
      const t = GLOSSARY[k];
      const sentences = t.text.split(/(?<=[.!?])\s+(?=[A-Z"])/);
      expect(sentences.length, `${k}: ${t.text}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `${k}: ${t.text}`).toBeLessThanOrEqual(3);
      expect(t.docs).toMatch(/^https:\/\/kafka\.apache\.org\/documentation\/#\w/);
      // Keys are URL fragments on /learn.
      expect(k).toMatch(/^[a-z-]+$/);
    }
  });
});
