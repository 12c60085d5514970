import avsc from 'avsc';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as messagesRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/messages/route';
import { resetSchemaCache } from '@/lib/registry/schemas';
import {
  GET as subjectRoute,
  DELETE as deleteSubjectRoute,
} from '@/app/api/clusters/[cluster]/schemas/[subject]/route';
import { PUT as configRoute } from '@/app/api/clusters/[cluster]/schemas/[subject]/config/route';
import { POST as checkRoute } from '@/app/api/clusters/[cluster]/schemas/[subject]/check/route';
import { POST as registerRoute } from '@/app/api/clusters/[cluster]/schemas/[subject]/versions/route';
import { DELETE as deleteVersionRoute } from '@/app/api/clusters/[cluster]/schemas/[subject]/versions/[version]/route';
import { testKafka, uniqueName } from '@/test/kafka';
import { messagesOf, readEvents } from '@/test/sse';
import { withTestRegistry } from '@/test/registry-env';
import { call } from '@/test/routes';

// Changing subjects through Kafscope's API against the real registry (Apicurio's Confluent-compatible API),
// each step read back from the registry itself, not from what Kafscope answered.

const testRegistry = withTestRegistry();
const avro = (...fields: object[]) => JSON.stringify({ type: 'record', name: 'Order', fields });
const ID = { name: 'id', type: 'long' };
const draft = (schema: string) => ({ schema, format: 'AVRO' });
const registry = async (path: string) => {
  const res = await fetch(`${testRegistry.url}${path}`);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('Schema Registry: editing subjects', () => {
  it('registers versions, checks drafts against the level, and refuses an incompatible one with the reason', async () => {
    const subject = `${uniqueName('edit')}-value`;
    const first = await call(registerRoute, { subject }, { method: 'POST', body: draft(avro(ID)) });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ subject, version: 1 });
    expect(await registry(`/subjects/${subject}/versions`)).toEqual({ status: 200, body: [1] });

    const level = await call(
      configRoute,
      { subject },
      { method: 'PUT', body: { compatibility: 'BACKWARD' } },
    );
    expect(level.body).toEqual({ compatibility: 'BACKWARD' });
    expect((await registry(`/config/${subject}`)).body).toMatchObject({ compatibilityLevel: 'BACKWARD' });

    // A new required field breaks BACKWARD (old records lack it); with a default it does not.
    const breaking = avro(ID, { name: 'note', type: 'string' });
    const fine = avro(ID, { name: 'note', type: 'string', default: '' });
    const bad = await call(checkRoute, { subject }, { method: 'POST', body: draft(breaking) });
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ compatible: false, level: 'BACKWARD', against: 1 });
    expect(bad.body.messages.length).toBeGreaterThan(0);
    const good = await call(checkRoute, { subject }, { method: 'POST', body: draft(fine) });
    expect(good.body).toMatchObject({ compatible: true, level: 'BACKWARD', against: 1 });

    const refused = await call(registerRoute, { subject }, { method: 'POST', body: draft(breaking) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).not.toMatch(/^io\.apicurio/);
    expect(await registry(`/subjects/${subject}/versions`)).toEqual({ status: 200, body: [1] });

    const second = await call(registerRoute, { subject }, { method: 'POST', body: draft(fine) });
    expect(second.body).toMatchObject({ subject, version: 2 });
    // The same schema again is not a new version.
    const again = await call(registerRoute, { subject }, { method: 'POST', body: draft(fine) });
    expect(again.body).toEqual(second.body);

    const shown = await call(subjectRoute, { subject });
    expect(shown.body).toMatchObject({ compatibility: 'BACKWARD', mode: 'READWRITE' });
    expect(shown.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('answers a draft that is not a schema with a 422 naming the parser’s reason, and registers nothing', async () => {
    const subject = `${uniqueName('edit')}-value`;
    const notAvro = await call(
      registerRoute,
      { subject },
      { method: 'POST', body: draft('{"type":"record","name":"R","fields":[{"name":"a","type":"integr"}]}') },
    );
    expect(notAvro.status).toBe(422);
    expect(notAvro.body.error.message).toMatch(/not a valid Avro schema: .*integr/);
    const notProto = await call(
      checkRoute,
      { subject },
      { method: 'POST', body: { schema: 'message { nope', format: 'PROTOBUF' } },
    );
    expect(notProto.status).toBe(422);
    expect(notProto.body.error.message).toMatch(/not a valid Protobuf schema/);
    const missingRef = await call(
      registerRoute,
      { subject },
      {
        method: 'POST',
        body: { ...draft(avro(ID)), references: [{ name: 'x.Y', subject: `${subject}-absent`, version: 1 }] },
      },
    );
    expect(missingRef.status).toBe(422);
    expect(missingRef.body.error.message).toMatch(/reference cannot be resolved/);
    const empty = await call(
      registerRoute,
      { subject },
      { method: 'POST', body: { schema: '', format: 'AVRO' } },
    );
    expect(empty.status).toBe(400);
    expect((await registry(`/subjects/${subject}/versions`)).status).toBe(404);
  });

  it('soft-deletes a version (still shown, marked), then deletes it and the subject for good', async () => {
    const subject = `${uniqueName('edit')}-value`;
    for (const extra of [
      [],
      [{ name: 'a', type: 'int', default: 0 }],
      [{ name: 'b', type: 'int', default: 0 }],
    ])
      expect(
        (await call(registerRoute, { subject }, { method: 'POST', body: draft(avro(ID, ...extra)) })).status,
      ).toBe(200);

    const soft = await call(deleteVersionRoute, { subject, version: '2' }, { method: 'DELETE' });
    expect(soft.body).toEqual({ subject, versions: [2], permanent: false });
    expect((await registry(`/subjects/${subject}/versions`)).body).toEqual([1, 3]);
    const shown = await call(subjectRoute, { subject });
    expect(
      shown.body.versions.map((v: { version: number; deleted: boolean }) => [v.version, v.deleted]),
    ).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);

    const hard = await call(
      deleteVersionRoute,
      { subject, version: '2' },
      { method: 'DELETE', query: '?permanent=true' },
    );
    expect(hard.body).toEqual({ subject, versions: [2], permanent: true });
    expect((await registry(`/subjects/${subject}/versions?deleted=true`)).body).toEqual([1, 3]);

    const missing = await call(deleteVersionRoute, { subject, version: '9' }, { method: 'DELETE' });
    expect(missing.status).toBe(404);
    const badVersion = await call(deleteVersionRoute, { subject, version: 'x' }, { method: 'DELETE' });
    expect(badVersion.status).toBe(400);

    const all = await call(deleteSubjectRoute, { subject }, { method: 'DELETE', query: '?permanent=true' });
    expect(all.body).toEqual({ subject, versions: [1, 3], permanent: true });
    expect((await registry(`/subjects/${subject}/versions?deleted=true`)).status).toBe(404);
    expect((await call(subjectRoute, { subject })).status).toBe(404);
  });

  it('a subject without versions yet: any valid draft is compatible', async () => {
    const subject = `${uniqueName('edit')}-value`;
    const r = await call(checkRoute, { subject }, { method: 'POST', body: draft(avro(ID)) });
    expect(r.body).toMatchObject({ compatible: true, against: null });
  });
});

describe('Schema Registry: a soft-deleted subject', () => {
  it('is gone from the live list and can still be deleted for good in one step', async () => {
    const subject = `${uniqueName('edit')}-value`;
    await call(registerRoute, { subject }, { method: 'POST', body: draft(avro(ID)) });
    const soft = await call(deleteSubjectRoute, { subject }, { method: 'DELETE' });
    expect(soft.body).toEqual({ subject, versions: [1], permanent: false });
    expect((await registry(`/subjects/${subject}/versions`)).status).toBe(404);
    expect((await registry(`/subjects/${subject}/versions?deleted=true`)).body).toEqual([1]);
    // Apicurio serves no version of a soft-deleted subject, so there is nothing to show: a 404 (Confluent
    // serves them with ?deleted=true, and the page then shows them marked, as for a soft-deleted version).
    expect((await call(subjectRoute, { subject })).status).toBe(404);
    const hard = await call(deleteSubjectRoute, { subject }, { method: 'DELETE', query: '?permanent=true' });
    expect(hard.body).toEqual({ subject, versions: [1], permanent: true });
    expect((await registry(`/subjects/${subject}/versions?deleted=true`)).status).toBe(404);
  });
});

describe('Schema Registry: records whose schema was deleted', () => {
  it('still decode after a soft delete; after a hard delete as the registry now answers for the id; the scan goes on', async () => {
    const kafka = testKafka();
    const admin = kafka.admin();
    const producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
    const topic = uniqueName('gone');
    try {
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
      const subject = `${topic}-value`;
      // Content of its own: a registry keeps serving an id while any subject still holds the same schema.
      const schema = JSON.stringify({
        type: 'record',
        name: `Gone_${topic.slice(5)}`,
        fields: [{ name: 'n', type: 'int' }],
      });
      const reg = await call(registerRoute, { subject }, { method: 'POST', body: draft(schema) });
      const head = Buffer.from([0, 0, 0, 0, 0]);
      head.writeUInt32BE(reg.body.id, 1);
      const payload = avsc.Type.forSchema(JSON.parse(schema) as avsc.Schema).toBuffer({ n: 7 });
      await producer.send({
        topic,
        messages: [{ value: Buffer.concat([head, payload]) }, { value: 'after' }],
      });

      await call(deleteSubjectRoute, { subject }, { method: 'DELETE' });
      const soft = await readAll(topic);
      expect(soft.map((m) => [m.value.encoding, m.value.text])).toEqual([
        ['avro', '{"n":7}'],
        ['text', 'after'],
      ]);

      await call(deleteSubjectRoute, { subject }, { method: 'DELETE', query: '?permanent=true' });
      resetSchemaCache(); // a fresh server: it never saw the id while the subject existed
      const hard = await readAll(topic);
      // Whether an id outlives a hard delete is the registry's choice (Apicurio keeps serving the content by
      // id; the versions under the subject are gone). The reader follows what the registry answers now.
      const served = (await registry(`/schemas/ids/${reg.body.id}`)).status === 200;
      expect(hard[0]!.value).toMatchObject(
        served
          ? { encoding: 'avro', text: '{"n":7}' }
          : { encoding: 'binary', error: `schema id ${reg.body.id} is not in the registry` },
      );
      expect(hard[0]!.value.schema).toMatchObject({ id: reg.body.id });
      expect(hard[1]!.value).toMatchObject({ encoding: 'text', text: 'after' });
    } finally {
      await admin.deleteTopics({ topics: [topic] }).catch(() => {});
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    }
  });
});

async function readAll(topic: string) {
  const res = await messagesRoute(
    new NextRequest(`http://localhost/api/topics/${topic}/messages?start=oldest&max=10`),
    { params: Promise.resolve({ topic }) },
  );
  return messagesOf(await readEvents(res));
}
