import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKafka, uniqueName } from '@/test/kafka';
import { callAs as call } from '@/test/routes';
import { dropProcessSlot } from '@/lib/process-state';

// Console login enforced on the server: every route is called as Next calls it, with or without the
// session cookie the login route sets, against the real test broker.

const SECRET = 'auth-test-secret-0123456789abcdefghij';
const METRICS_TOKEN = 'metrics-token-0123456789';
const logFile = path.join(os.tmpdir(), `kafscope-audit-auth-${process.pid}.log`);
const hash = (p: string) => bcrypt.hashSync(p, 4);
const USERS = [
  { username: 'vera', role: 'viewer', passwordHash: hash('vera-password') },
  { username: 'ed', role: 'editor', passwordHash: hash('ed-password') },
  { username: 'ada', role: 'admin', passwordHash: hash('ada-password') },
  { username: 'locked', role: 'admin', passwordHash: hash('locked-password') },
];
const saved = { ...process.env };
Object.assign(process.env, {
  KAFSCOPE_AUTH: 'login',
  KAFSCOPE_USERS: JSON.stringify(USERS),
  KAFSCOPE_SESSION_SECRET: SECRET,
  KAFSCOPE_METRICS_TOKEN: METRICS_TOKEN,
  KAFSCOPE_AUDIT_LOG: logFile,
  KAFSCOPE_TRUST_PROXY: 'true', // the tests stand for the proxy: X-Forwarded-For and -Proto count
});
dropProcessSlot('auth-config');

const login = await import('@/app/api/auth/login/route');
const logout = await import('@/app/api/auth/logout/route');
const settings = await import('@/app/api/settings/route');
const topics = await import('@/app/api/clusters/[cluster]/topics/route');
const topic = await import('@/app/api/clusters/[cluster]/topics/[topic]/route');
const topicConfigs = await import('@/app/api/clusters/[cluster]/topics/[topic]/configs/route');
const produce = await import('@/app/api/clusters/[cluster]/topics/[topic]/produce/route');
const metrics = await import('@/app/api/metrics/route');
const oidcLogin = await import('@/app/api/auth/oidc/login/route');
const { resetConnections } = await import('@/lib/kafka/base/client');

const kafka = testKafka();
const admin = kafka.admin();
const TOPIC = uniqueName('auth');

beforeAll(async () => {
  fs.rmSync(logFile, { force: true });
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 1 }] });
});
afterAll(async () => {
  await admin.deleteTopics({ topics: [TOPIC] }).catch(() => {});
  await admin.disconnect();
  await resetConnections();
  process.env = saved;
  fs.rmSync(logFile, { force: true });
});

async function signIn(username: string, password: string, headers: Record<string, string> = {}) {
  const r = await call(login.POST, { method: 'POST', body: { username, password }, headers });
  expect(r.status).toBe(200);
  return r.setCookie!.match(/kafscope_session=([^;]+)/)![1]!;
}

const highWatermark = async () => Number((await admin.fetchTopicOffsets(TOPIC))[0]!.high);
const produceAs = (cookie?: string) =>
  call(produce.POST, {
    method: 'POST',
    path: `/api/topics/${TOPIC}/produce`,
    params: { topic: TOPIC },
    cookie,
    body: { value: { type: 'text', text: 'hello' } },
  });

describe('console login', () => {
  it('refuses every API call without a session; the settings say who is signed in (nobody)', async () => {
    const r = await call(topics.GET);
    expect(r.status).toBe(401);
    expect(r.body.error).toEqual({ code: 'unauthorized', message: 'Sign in to use Kafscope.' });
    expect((await produceAs()).status).toBe(401);
    const s = await call(settings.GET);
    expect(s.status).toBe(200);
    expect(s.body.auth).toEqual({ mode: 'login', user: null });
  });

  it('a wrong password and an unknown user get the same 401', async () => {
    for (const [username, password] of [
      ['vera', 'wrong'],
      ['nobody', 'vera-password'],
    ]) {
      const r = await call(login.POST, {
        method: 'POST',
        body: { username, password },
        headers: { 'x-forwarded-for': '10.0.0.1' },
      });
      expect(r.status).toBe(401);
      expect(r.body.error.message).toBe('Wrong user name or password.');
      expect(r.setCookie).toBeNull();
    }
  });

  it('signing in sets an httpOnly SameSite=Lax cookie (Secure behind https) and the settings name the user', async () => {
    const r = await call(login.POST, {
      method: 'POST',
      body: { username: 'vera', password: 'vera-password' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ username: 'vera', role: 'viewer' });
    expect(r.setCookie).toMatch(/kafscope_session=[\w-]+\.[\w-]+\.[\w-]+/);
    expect(r.setCookie).toMatch(/HttpOnly/i);
    expect(r.setCookie).toMatch(/SameSite=lax/i);
    expect(r.setCookie).toMatch(/Path=\//);
    expect(r.setCookie).toMatch(/Max-Age=\d+/);
    expect(r.setCookie).not.toMatch(/Secure/i);
    const behindTls = await call(login.POST, {
      method: 'POST',
      body: { username: 'vera', password: 'vera-password' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(behindTls.setCookie).toMatch(/Secure/i);
    // Without a trusted proxy, a client's own X-Forwarded-Proto does not count.
    process.env.KAFSCOPE_TRUST_PROXY = 'false';
    const spoofed = await call(login.POST, {
      method: 'POST',
      body: { username: 'vera', password: 'vera-password' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    process.env.KAFSCOPE_TRUST_PROXY = 'true';
    expect(spoofed.setCookie).not.toMatch(/Secure/i);
    const cookie = r.setCookie!.match(/kafscope_session=([^;]+)/)![1];
    const s = await call(settings.GET, { cookie });
    expect(s.body.auth.user).toEqual({ username: 'vera', role: 'viewer' });
  });

  it('a viewer reads everything and changes nothing', async () => {
    const cookie = await signIn('vera', 'vera-password');
    const list = await call(topics.GET, { cookie });
    expect(list.status).toBe(200);
    expect(list.body.topics.map((t: { name: string }) => t.name)).toContain(TOPIC);
    const before = await highWatermark();
    const r = await produceAs(cookie);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('Your role (viewer) cannot do this: it needs editor.');
    expect(await highWatermark()).toBe(before);
  });

  it('an editor produces but cannot delete a topic; an admin can; the audit log names the user', async () => {
    const ed = await signIn('ed', 'ed-password');
    const before = await highWatermark();
    expect((await produceAs(ed)).status).toBe(200);
    expect(await highWatermark()).toBe(before + 1);
    const doomed = uniqueName('auth-delete');
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: doomed, numPartitions: 1 }] });
    const del = { method: 'DELETE', path: `/api/topics/${doomed}`, params: { topic: doomed } };
    const refused = await call(topic.DELETE, { ...del, cookie: ed });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Your role (editor) cannot do this: it needs admin.');
    expect((await admin.listTopics()).includes(doomed)).toBe(true);

    const ada = await signIn('ada', 'ada-password');
    expect((await call(topic.DELETE, { ...del, cookie: ada })).status).toBe(200);
    expect((await admin.listTopics()).includes(doomed)).toBe(false);

    const lines = fs
      .readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const produced = lines.find((l) => l.action === `POST /api/topics/${TOPIC}/produce` && l.status === 200);
    expect(produced.who.user).toBe('ed');
    const deletes = lines.filter((l) => l.action === `DELETE /api/topics/${doomed}`);
    expect(deletes.map((l) => [l.who.user, l.status])).toEqual([
      ['ed', 403],
      ['ada', 200],
    ]);
  });

  it('configs that can delete data need an admin; the audit line names the keys, values and account', async () => {
    const ed = await signIn('ed', 'ed-password');
    const patch = (cookie: string, body: unknown) =>
      call(topicConfigs.PATCH, {
        method: 'PATCH',
        path: `/api/topics/${TOPIC}/configs`,
        params: { topic: TOPIC },
        cookie,
        body,
      });
    const retention = async () =>
      (
        await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: 2, name: TOPIC, configNames: ['retention.ms'] }],
        })
      ).resources[0]!.configEntries[0]!.configValue;
    const before = await retention();
    for (const body of [
      { set: { 'retention.ms': '1000' } },
      { reset: ['cleanup.policy'] },
      { set: { 'segment.ms': '1000', 'max.message.bytes': '2000000' } },
    ]) {
      const r = await patch(ed, body);
      expect(r.status).toBe(403);
      expect(r.body.error.message).toMatch(
        /^Your role \(editor\) cannot do changing (retention\.ms|cleanup\.policy|segment\.ms): it needs admin\.$/,
      );
    }
    expect(await retention()).toBe(before);
    // Harmless configs stay an editor's.
    expect((await patch(ed, { set: { 'max.message.bytes': '2000000' } })).status).toBe(200);
    const ada = await signIn('ada', 'ada-password');
    expect((await patch(ada, { set: { 'retention.ms': '86400000' } })).status).toBe(200);
    expect(await retention()).toBe('86400000');
    const lines = fs
      .readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.action === `PATCH /api/topics/${TOPIC}/configs`).at(-1)).toMatchObject({
      who: { user: 'ada' },
      changes: { set: { 'retention.ms': '86400000' }, reset: [] },
      status: 200,
    });
    // A sign-in's line names the account it was for (the password never).
    const signIns = lines.filter((l) => l.changes?.account !== undefined);
    expect(signIns.at(-1)).toMatchObject({ who: { user: null }, changes: { account: 'ada' }, status: 200 });
    expect(JSON.stringify(signIns)).not.toContain('ada-password');
  });

  it('tampered, foreign, expired and orphaned session tokens are refused', async () => {
    const good = await signIn('ada', 'ada-password');
    const [h, p, s] = good.split('.');
    const flipped = `${h}.${p}.${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BB' : 'AA'}`;
    const sign = (sub: string, secret: string, exp: number | string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setAudience('kafscope')
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const tokens = {
      // a single-sign-on session (role in the token) is void while OIDC is not configured
      sso: await new SignJWT({ via: 'oidc', role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ada')
        .setAudience('kafscope')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(SECRET)),
      flipped,
      foreign: await sign('ada', 'another-secret-0123456789abcdefghijkl', '1h'),
      expired: await sign('ada', SECRET, Math.floor(Date.now() / 1000) - 10),
      orphan: await sign('mallory', SECRET, '1h'),
      // correctly signed, but never expiring: ours always carry an expiry
      noExpiry: await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ada')
        .setAudience('kafscope')
        .setIssuedAt()
        .sign(new TextEncoder().encode(SECRET)),
      none: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`,
    };
    for (const [what, cookie] of Object.entries(tokens)) {
      const r = await call(topics.GET, { cookie });
      expect([what, r.status]).toEqual([what, 401]);
    }
    expect((await call(topics.GET, { cookie: good })).status).toBe(200);
  });

  it('five failed sign-ins block the next ones for that user, even with the right password (429)', async () => {
    // from different addresses: the brake is per user (and, separately, per known client address)
    for (let i = 0; i < 5; i++)
      expect(
        (
          await call(login.POST, {
            method: 'POST',
            body: { username: 'locked', password: `guess-${i}` },
            headers: { 'x-forwarded-for': `10.1.1.${i}` },
          })
        ).status,
      ).toBe(401);
    const r = await call(login.POST, {
      method: 'POST',
      body: { username: 'locked', password: 'locked-password' },
      headers: { 'x-forwarded-for': '10.9.9.9' },
    });
    expect(r.status).toBe(429);
    expect(r.body.error.message).toMatch(/^Too many failed sign-ins\. Try again in \d+ s\.$/);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const r = await call(login.POST, {
      method: 'POST',
      body: { username: 'ada', password: 'ada-password' },
      headers: { origin: 'https://evil.example', host: 'localhost' },
    });
    expect(r.status).toBe(403);
    expect(r.setCookie).toBeNull();
  });

  it('signing out clears the cookie', async () => {
    const r = await call(logout.POST, { method: 'POST', cookie: await signIn('ada', 'ada-password') });
    expect(r.status).toBe(200);
    expect(r.setCookie).toMatch(/kafscope_session=;/);
    expect(r.setCookie).toMatch(/Max-Age=0/);
  });

  it('Prometheus reads /api/metrics with the bearer token; a wrong token or none is a 401', async () => {
    const ok = await call(metrics.GET, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('# TYPE kafscope_consumergroup_lag');
    expect(
      (await call(metrics.GET, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    expect((await call(metrics.GET)).status).toBe(401);
    // the token opens the metrics only
    expect((await call(topics.GET, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(
      401,
    );
  });

  it('fuzz: any sign-in body and any cookie get a 4xx in the error shape, never a 500 or a session', async () => {
    let tried = 0;
    const body = fc.oneof(
      fc.anything(),
      fc.record({
        username: fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 5000 }), fc.anything()),
        password: fc.anything(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        tried++;
        const r = await call(login.POST, {
          method: 'POST',
          body: b,
          headers: { 'x-forwarded-for': `10.2.${tried % 250}.${tried % 7}` },
        });
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(r.body.error.message).toMatch(/\S/);
        expect(r.setCookie).toBeNull();
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]*$/)),
        async (cookie) => {
          tried++;
          const r = await call(topics.GET, {
            headers: { cookie: `kafscope_session=${encodeURIComponent(cookie)}` },
          });
          expect(r.status).toBe(401);
        },
      ),
      { numRuns: 300 },
    );
    console.log(`auth fuzz: ${tried} inputs tried`);
  });

  it('single sign-on is a 404 when no provider is configured', async () => {
    const r = await call(oidcLogin.GET, { path: '/api/auth/oidc/login' });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('Single sign-on is not configured on this Kafscope.');
  });
});
