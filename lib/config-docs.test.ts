import { describe, expect, it } from 'vitest';
import { humanConfigValue } from './config-docs';

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
    expect(humanConfigValue(name, value)).toBe(human);
  });
  it.each([
    ['cleanup.policy', 'delete'],
    ['retention.ms', null],
    ['retention.ms', '500'],
    ['max.message.bytes', '100'],
    ['min.insync.replicas', '2'],
  ])('leaves %s = %s alone', (name, value) => {
    expect(humanConfigValue(name, value)).toBeNull();
  });
});
