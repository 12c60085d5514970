import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { createTopicSchema } from '@/lib/schemas/topics';
import { messages } from './messages';
import { issueText } from './issues';

const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'fieldErrors' });
const ko = createTranslator({ locale: 'ko', messages: messages.ko, namespace: 'fieldErrors' });

// Bodies that break each rule of the create-topic form once.
const BAD = [
  { name: '', partitions: 0, replicationFactor: 0 },
  { name: 'a b', partitions: 10_001, replicationFactor: 33 },
  { name: '..', partitions: Number.NaN, replicationFactor: Number.NaN },
  { name: 'x'.repeat(250), partitions: 1.5, replicationFactor: 1.5 },
];

describe('form field problems in the page language', () => {
  const issues = BAD.flatMap((b) => {
    const r = createTopicSchema.safeParse({ ...b, configs: {} });
    return r.success ? [] : r.error.issues;
  });

  it('has a message for every rule the create-topic form can break, and none for a rule it cannot', () => {
    const hit = new Set(
      issues.map(
        (i) => `${String(i.path[0])}.${i.code === 'invalid_type' && 'format' in i ? 'not_integer' : i.code}`,
      ),
    );
    const keys = Object.entries(messages.en.fieldErrors).flatMap(([field, kinds]) =>
      Object.keys(kinds).map((kind) => `${field}.${kind}`),
    );
    expect([...hit].sort()).toEqual(keys.sort());
  });

  it('says in English exactly what the API says, and in Korean something Korean', () => {
    for (const issue of issues) {
      expect(issueText(en, issue), JSON.stringify(issue)).toBe(issue.message);
      expect(issueText(ko, issue), JSON.stringify(issue)).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('falls back to the schema’s words for a problem it has no message for', () => {
    const issue = { path: ['configs'], code: 'invalid_key', message: 'Invalid key in record' };
    expect(issueText(ko, issue)).toBe('Invalid key in record');
    expect(issueText(ko, undefined)).toBeUndefined();
  });
});
