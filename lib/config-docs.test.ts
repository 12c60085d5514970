import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { humanConfigValue } from './config-docs';
import { messages } from './i18n/messages';

const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'configValues' });
const ko = createTranslator({ locale: 'ko', messages: messages.ko, namespace: 'configValues' });

describe('humanConfigValue', () => {
  it.each([
    ['retention.ms', '604800000', '7 days'],
    ['retention.ms', '-1', 'forever / no limit'],
    ['segment.ms', '90000', '90 seconds'],
    ['retention.ms', '1500', '1,500 ms'],
    ['log.retention.hours', '168', '7 days'],
    ['offsets.retention.minutes', '10080', '7 days'],
    ['segment.bytes', '1073741824', '1.0 GB'],
    ['retention.bytes', '-1', 'no limit'],
    ['flush.ms', '9223372036854775807', 'no limit (Long.MAX_VALUE)'],
  ])('%s = %s reads as %s', (name, value, human) => {
    expect(humanConfigValue(name, value, en)).toBe(human);
  });
  it.each([
    ['cleanup.policy', 'delete'],
    ['retention.ms', null],
    ['retention.ms', '500'],
    ['max.message.bytes', '100'],
    ['min.insync.replicas', '2'],
  ])('leaves %s = %s alone', (name, value) => {
    expect(humanConfigValue(name, value, en)).toBeNull();
  });
  it('reads in Korean on a Korean page', () => {
    expect(humanConfigValue('retention.ms', '604800000', ko)).toBe('7일');
    expect(humanConfigValue('segment.ms', '90000', ko)).toBe('90초');
    expect(humanConfigValue('retention.ms', '1500', ko)).toBe('1,500밀리초');
    expect(humanConfigValue('retention.bytes', '-1', ko)).toBe('제한 없음');
  });
});
