import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';

// A "broker" that accepts connections and never answers: the API must give up within the configured
// bound and answer 503 in the error shape, not hang.
const sockets: net.Socket[] = [];
const blackHole = net.createServer((s) => sockets.push(s));
await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
const port = (blackHole.address() as net.AddressInfo).port;

afterAll(async () => {
  sockets.forEach((s) => s.destroy());
  await new Promise((r) => blackHole.close(r));
});

const ctx = { params: Promise.resolve({}) };

describe('unreachable or silent cluster', () => {
  it('answers 503 within the request bound when the broker never replies', async () => {
    process.env.KAFKA_BROKERS = `127.0.0.1:${port}`;
    process.env.KAFKA_REQUEST_TIMEOUT_MS = '1500';
    const { GET } = await import('@/app/api/clusters/[cluster]/health/route');
    const started = Date.now();
    const res = await GET(new NextRequest('http://localhost/api/health'), ctx);
    const took = Date.now() - started;
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toMatch(/^(timeout|broker_unavailable)$/);
    expect(body.error.message).not.toMatch(/at .*\.js:\d+/);
    expect(took).toBeLessThan(1500 + 2000);
  });

  it('answers 503 broker_unavailable quickly when nothing listens', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    // A refused connection, as kafkajs reports it, maps to 503 with the reason.
    const { toAppError } = await import('@/lib/kafka/base/errors');
    const { Kafka, logLevel } = await import('kafkajs');
    const admin = new Kafka({
      brokers: [`127.0.0.1:${deadPort}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    }).admin();
    const err = await admin.connect().then(
      () => null,
      (e: unknown) => e,
    );
    const mapped = toAppError(err);
    expect(mapped.status).toBe(503);
    expect(mapped.message).toContain('ECONNREFUSED');
  });
});
