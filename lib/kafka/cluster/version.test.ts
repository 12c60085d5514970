import { describe, expect, it } from 'vitest';
import { kafkaVersionFromApis } from './version';

describe('kafkaVersionFromApis', () => {
  it('recognises Kafka 4.1 from what a 4.1.2 broker advertises', () => {
    expect(
      kafkaVersionFromApis({ 0: { minVersion: 0, maxVersion: 13 }, 1: { minVersion: 4, maxVersion: 18 } }),
    ).toBe('4.1 or later');
  });
  it('recognises 4.0 and 3.x', () => {
    expect(
      kafkaVersionFromApis({ 0: { minVersion: 0, maxVersion: 12 }, 1: { minVersion: 4, maxVersion: 17 } }),
    ).toBe('4.0');
    expect(
      kafkaVersionFromApis({ 0: { minVersion: 0, maxVersion: 11 }, 1: { minVersion: 0, maxVersion: 17 } }),
    ).toBe('3.x or earlier');
  });
  it('says nothing without Produce and Fetch', () => {
    expect(kafkaVersionFromApis({})).toBeNull();
  });
});
