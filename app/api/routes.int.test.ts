import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as getCluster } from './cluster/route';
import { GET as getHealth } from './health/route';

const ctx = { params: Promise.resolve({}) };
const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'));

describe('API routes against the real broker', () => {
  it('GET /api/cluster answers the overview as JSON', async () => {
    const res = await getCluster(req('/api/cluster'), ctx);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.brokers[0].port).toBe(9192);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('GET /api/health answers ok', async () => {
    const res = await getHealth(req('/api/health'), ctx);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', brokers: 1 });
  });
});
