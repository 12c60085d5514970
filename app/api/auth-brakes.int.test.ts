import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { afterAll, describe, expect, it } from 'vitest';
import { callAs as call } from '@/test/routes';
import { dropProcessSlot, processSlot } from '@/lib/process-state';

// The sign-in brakes and the users file, as an attacker on 127.0.0.1 tried them: parallel guesses, a flood
// of sign-ins, timing an unknown user against a wrong password, and a user removed from the file.

const usersFile = path.join(os.tmpdir(), `kafscope-users-${process.pid}.json`);
const cheap = (p: string) => bcrypt.hashSync(p, 4);
const writeUsers = (users: { username: string; role: string; passwordHash: string }[]) =>
  fs.writeFileSync(usersFile, JSON.stringify(users));
const ADA = { username: 'ada', role: 'admin', passwordHash: cheap('ada-password') };
const ED = { username: 'ed', role: 'editor', passwordHash: cheap('ed-password') };
// The configured cost of real deployments (npm run hash-password).
const SLOW = { username: 'slow', role: 'viewer', passwordHash: bcrypt.hashSync('slow-password', 12) };
writeUsers([ADA, ED, SLOW]);

const saved = { ...process.env };
Object.assign(process.env, {
  KAFSCOPE_AUTH: 'login',
  KAFSCOPE_USERS_FILE: usersFile,
  KAFSCOPE_SESSION_SECRET: 'brakes-test-secret-0123456789abcdefghij',
});
delete process.env.KAFSCOPE_USERS;
dropProcessSlot('auth-config');

const login = await import('@/app/api/auth/login/route');
const settings = await import('@/app/api/settings/route');
const topics = await import('@/app/api/clusters/[cluster]/topics/route');

afterAll(() => {
  process.env = saved;
  fs.rmSync(usersFile, { force: true });
});

const signIn = (username: string, password: string) =>
  call(login.POST, { method: 'POST', body: { username, password } });
const cookieOf = (r: { setCookie: string | null }) => r.setCookie!.match(/kafscope_session=([^;]+)/)![1]!;
const count = (rs: { status: number }[], status: number) => rs.filter((r) => r.status === status).length;

/** Ticks of a 10 ms timer while `work` runs, against how many would fit: the event loop's freedom. */
async function loopFreedom<T>(work: Promise<T>) {
  let ticks = 0;
  const t = setInterval(() => ticks++, 10);
  const started = Date.now();
  const result = await work;
  clearInterval(t);
  return { result, share: ticks / ((Date.now() - started) / 10) };
}

describe('sign-in brakes', () => {
  it('parallel guesses are counted before they are checked: of 40 at once, 5 are checked, 35 are a 429', async () => {
    const rs = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn('ed', `guess-${i}`)));
    expect([count(rs, 401), count(rs, 429)]).toEqual([5, 35]);
    expect(rs.find((r) => r.status === 429)!.body.error.message).toMatch(/^Too many failed sign-ins/);
  });

  it('password checks run off the event loop, and at most 8 wait: a flood of 30 gets 22 429s', async () => {
    const { result: rs, share } = await loopFreedom(
      Promise.all(Array.from({ length: 30 }, (_, i) => signIn(`flood-${i}`, 'x'))),
    );
    expect([count(rs, 401), count(rs, 429)]).toEqual([8, 22]);
    expect(rs.find((r) => r.status === 429)!.body.error.message).toBe(
      'Too many sign-ins at once. Try again in a moment.',
    );
    // 8 checks at cost 12 took about 2 s of a core; the event loop kept serving timers all along.
    expect(share).toBeGreaterThan(0.5);
  });

  it('an unknown user takes as long as a wrong password (the dummy hash has the users’ cost)', async () => {
    const time = async (username: string, password: string) => {
      const t = performance.now();
      expect((await signIn(username, password)).status).toBe(401);
      return performance.now() - t;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await time('slow', `wrong-${i}`));
      unknown.push(await time(`nobody-${i}`, 'slow-password'));
    }
    // Before: 116 ms against 430 ms (a cost-10 dummy against cost-12 hashes).
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.4);
  });

  it('editing the users file takes effect at once: a removed admin is signed out, a role change applies', async () => {
    const ada = cookieOf(await signIn('ada', 'ada-password'));
    const ed = cookieOf(await signIn('slow', 'slow-password')); // the brake above is on "ed"
    expect((await call(settings.GET, { cookie: ada })).body.auth.user).toEqual({
      username: 'ada',
      role: 'admin',
    });
    writeUsers([{ ...SLOW, role: 'editor' }]);
    expect((await call(topics.GET, { cookie: ada })).status).toBe(401);
    expect((await signIn('ada', 'ada-password')).status).toBe(401);
    expect((await call(settings.GET, { cookie: ed })).body.auth.user).toEqual({
      username: 'slow',
      role: 'editor',
    });
    // A file that no longer parses fails closed with the reason, and recovers when fixed.
    fs.writeFileSync(usersFile, '[{"username": ');
    const broken = await call(topics.GET, { cookie: ed });
    expect([broken.status, broken.body.error.code]).toEqual([503, 'config_invalid']);
    expect(broken.body.error.message).toContain('KAFSCOPE_USERS_FILE');
    writeUsers([ADA, ED, SLOW]);
    expect((await call(settings.GET, { cookie: ada })).body.auth.user).toEqual({
      username: 'ada',
      role: 'admin',
    });
  });

  it(`a spread-out guessing run is bounded over all users: after 200 failures every sign-in waits`, async () => {
    writeUsers([ADA, ED]); // cost 4: the run is quick
    // As on a fresh server: the failures of the tests above are forgotten.
    processSlot('login-failures', () => new Map<string, number[]>()).clear();
    for (let i = 0; i < 200; i += 8) {
      const rs = await Promise.all(Array.from({ length: 8 }, (_, k) => signIn(`spread-${i + k}`, 'x')));
      expect(count(rs, 429)).toBe(0);
    }
    const r = await signIn('ada', 'ada-password');
    expect(r.status).toBe(429);
  });
});
