import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as consumersRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/consumers/route';
import { resetConnections } from '@/lib/kafka/base/client';
import { cleanUp, seedTopic, testKafka, uniqueName } from '@/test/kafka';
import { call } from '@/test/routes';

const kafka = testKafka();
const admin = kafka.admin();
const topic = uniqueName('consumers');
const group = uniqueName('consumers-group');

beforeAll(async () => {
  await admin.connect();
  await seedTopic(kafka, admin, topic, { partitions: 2, count: 10 });
});
afterAll(async () => {
  await cleanUp(admin, { groups: [group], topics: [topic] });
  await resetConnections();
});

describe('consumers of a topic', () => {
  it('lists a group with committed offsets and its lag (end minus committed) per partition', async () => {
    expect((await call(consumersRoute, { topic })).body.groups).toEqual([]);
    await admin.setOffsets({
      groupId: group,
      topic,
      partitions: [
        { partition: 0, offset: '2' },
        { partition: 1, offset: '5' },
      ],
    });
    const { status, body } = await call(consumersRoute, { topic });
    expect(status).toBe(200);
    expect(body.groups).toEqual([
      {
        groupId: group,
        state: 'Empty',
        members: 0,
        lag: 3,
        partitions: [
          { partition: 0, committed: 2, end: 5, lag: 3 },
          { partition: 1, committed: 5, end: 5, lag: 0 },
        ],
      },
    ]);
  });

  it('answers 404 for an unknown topic', async () => {
    expect((await call(consumersRoute, { topic: uniqueName('nope') })).status).toBe(404);
  });
});
