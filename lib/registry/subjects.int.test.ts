import { describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/clusters/[cluster]/schemas/route';
import { GET as subjectRoute } from '@/app/api/clusters/[cluster]/schemas/[subject]/route';
import { GET as healthRoute } from '@/app/api/clusters/[cluster]/registry/route';
import { GET as namesRoute } from '@/app/api/clusters/[cluster]/registry/subjects/route';
import { GET as topicSchemasRoute } from '@/app/api/clusters/[cluster]/topics/[topic]/schemas/route';
import { uniqueName } from '@/test/kafka';
import { withTestRegistry } from '@/test/registry-env';
import { call } from '@/test/routes';

// The /schemas pages' API against the real registry: subjects, versions, and what a registry that is
// absent or down answers.

const registry = withTestRegistry();
async function register(subject: string, body: object) {
  const res = await fetch(`${registry.url}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: number }).id;
}

describe('Schema Registry: subjects', () => {
  it('lists subjects with format, latest version, versions and topic; a subject shows every version', async () => {
    const topic = uniqueName('subj');
    const subject = `${topic}-value`;
    const v1 = { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int' }] };
    const v2 = { ...v1, fields: [...v1.fields, { name: 'b', type: 'string', default: '' }] };
    const id1 = await register(subject, { schema: JSON.stringify(v1) });
    const id2 = await register(subject, { schema: JSON.stringify(v2) });
    const proto = `${uniqueName('p')}-key`;
    await register(proto, {
      schemaType: 'PROTOBUF',
      schema: 'syntax = "proto3";\nmessage K { string id = 1; }\n',
    });

    const list = await call(listRoute, {});
    expect(list.status).toBe(200);
    expect(list.body.subjects).toEqual(
      expect.arrayContaining([
        { subject, format: 'AVRO', latestVersion: 2, latestId: id2, versions: 2, topic, side: 'value' },
        expect.objectContaining({ subject: proto, format: 'PROTOBUF', side: 'key' }),
      ]),
    );

    const one = await call(subjectRoute, { subject });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ subject, topic, side: 'value' });
    expect(one.body.versions.map((v: { version: number; id: number }) => [v.version, v.id])).toEqual([
      [2, id2],
      [1, id1],
    ]);
    expect(JSON.parse(one.body.versions[1].schema)).toEqual(v1);

    // The topic page's subjects: its value subject (it has no key subject).
    const mine = await call(topicSchemasRoute, { topic });
    expect(mine.body).toEqual({
      configured: true,
      subjects: [{ subject, side: 'value', format: 'AVRO', latestVersion: 2, latestId: id2 }],
    });
  });

  it('the names alone, sorted, for the produce form', async () => {
    const a = `${uniqueName('names')}-value`;
    const b = `${uniqueName('names')}-key`;
    for (const s of [a, b]) await register(s, { schema: '"string"' });
    const r = await call(namesRoute, {});
    expect(r.status).toBe(200);
    expect(r.body.subjects).toEqual(expect.arrayContaining([a, b]));
    expect(r.body.subjects).toEqual([...r.body.subjects].sort((x: string, y: string) => x.localeCompare(y)));
  });

  it('a subject the registry does not have is a 404 with its reason', async () => {
    const r = await call(subjectRoute, { subject: uniqueName('missing') });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });

  it('no registry configured, or one that cannot be reached: 503 saying so', async () => {
    const up = await call(healthRoute, {});
    expect(up.body).toMatchObject({ configured: true, ok: true, message: null });
    expect(up.body.subjects).toBeGreaterThan(0);
    delete process.env.KAFSCOPE_SCHEMA_REGISTRY_URL;
    try {
      expect((await call(healthRoute, {})).body).toEqual({
        configured: false,
        ok: false,
        subjects: null,
        message: null,
      });
      const none = await call(listRoute, {});
      expect([none.status, none.body.error.code]).toEqual([503, 'registry_unavailable']);
      expect(none.body.error.message).toMatch(/KAFSCOPE_SCHEMA_REGISTRY_URL/);
      process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = 'http://127.0.0.1:65534/apis/ccompat/v7';
      const down = await call(listRoute, {});
      expect([down.status, down.body.error.code]).toEqual([503, 'registry_unavailable']);
      expect(down.body.error.message).toMatch(/^registry unreachable: http:\/\/127\.0\.0\.1:65534/);
      const health = await call(healthRoute, {});
      expect([health.status, health.body.ok, health.body.message]).toEqual([
        200,
        false,
        down.body.error.message,
      ]);
      process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = 'not a url';
      const bad = await call(listRoute, {});
      expect([bad.status, bad.body.error.code]).toEqual([503, 'config_invalid']);
      expect(bad.body.error.message).toMatch(/\(KAFSCOPE_SCHEMA_REGISTRY_URL: expected an http\(s\) URL\)/);
    } finally {
      process.env.KAFSCOPE_SCHEMA_REGISTRY_URL = registry.url;
    }
  });
});
