import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL, check, load, save, storageKey, templated, toInput, type FormState } from './produce-model';
import { PRODUCE_MAX_COUNT } from '@/lib/schemas/produce';
import { createTranslator } from 'next-intl';
import { messages } from '@/lib/i18n/messages';

const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'produceCheck' });
const ko = createTranslator({ locale: 'ko', messages: messages.ko, namespace: 'produceCheck' });

const form = (patch: Partial<FormState>): FormState => ({ ...INITIAL, ...patch });

describe('the produce form model', () => {
  beforeEach(() => localStorage.clear());

  it('accepts the initial form and sends it as one JSON message without a key', () => {
    expect(check(INITIAL, en)).toEqual({});
    expect(toInput(INITIAL)).toEqual({
      partition: null,
      key: { type: 'none' },
      value: { type: 'json', text: INITIAL.value },
      headers: [],
      compression: 'none',
      count: 1,
    });
  });

  it('says what is wrong with each field before anything is sent', () => {
    const bad = check(
      form({
        count: String(PRODUCE_MAX_COUNT + 1),
        keyType: 'json',
        key: '{"id":',
        valueType: 'base64',
        value: 'not base64!',
        headers: [{ key: ' ', value: 'x' }],
      }),
      en,
    );
    expect(bad.count).toMatch(/^A whole number from 1 to /);
    expect(bad.key).toMatch(/^Not valid JSON: /);
    expect(bad.value).toMatch(/^Not valid base64/);
    expect(bad.headers).toBe('Every header needs a name.');
    expect(check(form({ count: '2.5' }), en).count).toBeDefined();
    // a template is checked as message 0 renders it
    expect(check(form({ value: '{"n": {{i}} }' }), en)).toEqual({});
    expect(check(form({ value: '{"n": {{i}}, }' }), en).value).toMatch(/\(message 0\)/);
  });

  it('says it in Korean on a Korean page', () => {
    const bad = check(
      form({ count: '0', valueType: 'base64', value: '!', headers: [{ key: '', value: '' }] }),
      ko,
    );
    expect(bad.count).toBe('1부터 1,000까지의 정수여야 합니다.');
    expect(bad.value).toMatch(/^올바른 base64가 아닙니다/);
    expect(bad.headers).toBe('헤더마다 이름이 있어야 합니다.');
    expect(check(form({ value: '{"n": {{i}}, }' }), ko).value).toMatch(
      /^올바른 JSON이 아닙니다 \(메시지 0\): /,
    );
  });

  it('maps partition, key, tombstone and count to the request', () => {
    const input = toInput(
      form({ partition: '2', keyType: 'text', key: 'k-{{i}}', valueType: 'tombstone', count: '10' }),
    );
    expect(input).toMatchObject({
      partition: 2,
      key: { type: 'text', text: 'k-{{i}}' },
      value: { type: 'tombstone' },
      count: 10,
    });
    expect(templated(form({ key: 'k-{{i}}', keyType: 'text' }))).toBe(true);
    expect(templated(INITIAL)).toBe(false);
  });

  it('remembers the inputs per topic in this browser, and survives a damaged entry', () => {
    const f = form({ partition: '1', value: '{"a":1}', headers: [{ key: 'h', value: 'v' }] });
    save('orders', f);
    expect(load('orders')).toEqual(f);
    expect(load('payments')).toEqual(INITIAL);
    localStorage.setItem(storageKey('broken'), '{not json');
    expect(load('broken')).toEqual(INITIAL);
    // an entry from an older version without some fields gets the defaults for them
    localStorage.setItem(storageKey('old'), JSON.stringify({ value: 'x', valueType: 'text' }));
    expect(load('old')).toEqual(form({ value: 'x', valueType: 'text' }));
  });

  it('a value typed against a registry schema: needs a subject, is checked as JSON, sends subject, version and type', () => {
    expect(check(form({ valueType: 'schema', subject: '' }), en).value).toBe(
      'Choose the subject whose schema the value follows.',
    );
    expect(check(form({ valueType: 'schema', subject: 'orders-value', value: '{"id":' }), en).value).toMatch(
      /^Not valid JSON: /,
    );
    const f = form({
      valueType: 'schema',
      subject: 'orders-value',
      version: '2',
      messageType: 'shop.Refund',
    });
    expect(check(f, en)).toEqual({});
    expect(toInput(f).value).toEqual({
      type: 'schema',
      text: INITIAL.value,
      subject: 'orders-value',
      version: 2,
      messageType: 'shop.Refund',
    });
    expect(toInput(form({ valueType: 'schema', subject: 's' })).value).toEqual({
      type: 'schema',
      text: INITIAL.value,
      subject: 's',
      version: null,
    });
  });

  it('a key typed against its own registry schema, beside a value with another', () => {
    expect(check(form({ keyType: 'schema', key: '{"id":1}', keySubject: '' }), en).key).toBe(
      'Choose the subject whose schema the key follows.',
    );
    expect(check(form({ keyType: 'schema', key: '{"id":', keySubject: 'k' }), en).key).toMatch(
      /^Not valid JSON: /,
    );
    const f = form({
      keyType: 'schema',
      key: '{"id":"c-{{i}}"}',
      keySubject: 'orders-key',
      keyVersion: '1',
      keyMessageType: 'shop.Key',
      valueType: 'schema',
      subject: 'orders-value',
    });
    expect(check(f, en)).toEqual({});
    const input = toInput(f);
    expect(input.key).toEqual({
      type: 'schema',
      text: '{"id":"c-{{i}}"}',
      subject: 'orders-key',
      version: 1,
      messageType: 'shop.Key',
    });
    expect(input.value).toMatchObject({ type: 'schema', subject: 'orders-value', version: null });
  });
});
