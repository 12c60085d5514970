import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as getCluster } from './clusters/[cluster]/cluster/route';
import { GET as getHealth } from './clusters/[cluster]/health/route';

const ctx = { params: Promise.resolve({}) };
const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'));

describe('API routes against the real broker', () => {
  it('GET /api/cluster answers the overview as JSON', async () => {
    const res = await getCluster(req('/api/cluster'), ctx);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.brokers[0].port).toBe(9192);
    // The newest Kafka has every feature the console uses (the matrix in test/matrix checks older ones).
    expect(body.features.missing).toEqual([]);
    expect(body.controller).toMatchObject({ id: 1, source: 'quorum', voters: [1] });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('GET /api/health answers ok', async () => {
    const res = await getHealth(req('/api/health'), ctx);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', brokers: 1 });
  });
});

describe('bodies of destructive routes are strict', () => {
  it('a misspelt field is a 400 naming it, not a delete or reset of everything', async () => {
    const { call } = await import('@/test/routes');
    const del = await import('./clusters/[cluster]/topics/[topic]/delete-records/route');
    const reset = await import('./clusters/[cluster]/groups/[group]/reset-offsets/route');
    const a = await call(
      del.POST,
      { topic: 'any' },
      { method: 'POST', body: { partitions: [0], before: 2 } },
    );
    expect(a.status).toBe(400);
    expect(a.body.error.message).toMatch(/partitions/);
    const b = await call(
      reset.POST,
      { group: 'any' },
      { method: 'POST', body: { topics: ['t'], to: 'earliest' } },
    );
    expect(b.status).toBe(400);
    expect(b.body.error.message).toMatch(/topics/);
  });
});
