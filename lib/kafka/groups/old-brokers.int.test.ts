import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCluster, resetConnections } from '@/lib/kafka/base/client';
import { offsetFetchGroups } from '@/lib/kafka/wire/requests/groups';
import { offsetFetchOne } from '@/lib/kafka/wire/requests/offset-fetch-one';
import type { InternalBroker } from '@/lib/kafka/wire/internals';
import { cleanUp, seedTopic, testKafka, uniqueName } from '@/test/kafka';
import { fetchOffsetsOn, type RawGroup } from './data';

// Brokers without OffsetFetch v8 (Kafka before 3.0, older Redpanda) cannot answer many groups in one request:
// the groups pages then ask one group per request (v2-v5). No such broker runs here, so the same Kafka is
// asked both ways, and the fallback is driven by a broker that advertises OffsetFetch only up to v7.
const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('old-offsets');
const groups = [uniqueName('old-a'), uniqueName('old-b')];

beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 2, count: 10 });
  for (const [i, groupId] of groups.entries())
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: String(1 + i) },
        { partition: 1, offset: String(3 + i) },
      ],
    });
});
afterAll(async () => {
  await cleanUp(admin, { groups, topics: [topic] });
  await resetConnections();
});

const coordinator = async (groupId: string) => (await getCluster()).findGroupCoordinator({ groupId });
const sorted = (t: { topic: string; partitions: { partition: number; offset: number }[] }[]) =>
  t.map((x) => ({ ...x, partitions: [...x.partitions].sort((a, b) => a.partition - b.partition) }));

describe('committed offsets on brokers without OffsetFetch v8', () => {
  it('one group per request (v2-v5, all topics) answers what the batched v8 request answers', async () => {
    const broker = await coordinator(groups[0]!);
    const one = await offsetFetchOne(broker, groups[0]!);
    const [batched] = await offsetFetchGroups(broker, [{ groupId: groups[0]!, topics: null }]);
    expect(one.errorCode).toBe(0);
    expect(sorted(one.topics)).toEqual(sorted(batched!.topics));
    expect(sorted(one.topics)).toEqual([
      {
        topic,
        partitions: [
          { partition: 0, offset: 1, errorCode: 0 },
          { partition: 1, offset: 3, errorCode: 0 },
        ],
      },
    ]);
  });

  it('the groups service falls back to it when the broker lists OffsetFetch only up to v7', async () => {
    const real = await coordinator(groups[0]!);
    const old: InternalBroker = Object.create(real);
    Object.defineProperty(old, 'versions', {
      value: { ...real.versions, 9: { minVersion: 0, maxVersion: 7 } },
    });
    const raw = groups.map((groupId) => ({ groupId, offsets: new Map() }) as unknown as RawGroup);
    await fetchOffsetsOn(old, raw);
    expect(raw.map((g) => [...g.offsets.values()].map((o) => o.offset).sort())).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
});
