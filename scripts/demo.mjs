// npm run demo: a local Kafka broker with demo data and traffic, and the production build of Kafscope on
// http://localhost:3000 (PORT to change). Ctrl-C stops everything this script started.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { start, stop, runningNodes } from './kafka/broker.mjs';
import { root } from './kafka/jars.mjs';
import { buildIfStale } from './build.mjs';
import { listenHost, listenNote } from './listen.mjs';
import { seedDemo, runDemoTraffic, SLOW_GROUP, FAST_GROUP } from './demo-data.mjs';
import { seedRegistryDemo, runRegistryTraffic } from './demo-registry.mjs';
import { startRegistry, stopRegistry } from './registry/registry.mjs';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');
process.chdir(root);
const port = Number(process.env.PORT ?? 3000);
const host = listenHost(process.env);
const log = (m) => console.log(`[demo] ${m}`);

let server;
let stopTraffic;
let stopRegistryTraffic;
let brokerStartedHere = false;
let registryStartedHere = false;
let shuttingDown = false;

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('Stopping...');
  server?.kill('SIGTERM');
  await stopTraffic?.().catch(() => {});
  await stopRegistryTraffic?.().catch(() => {});
  if (registryStartedHere) await stopRegistry({ name: 'dev', log });
  if (brokerStartedHere) await stop({ name: 'dev', log });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  brokerStartedHere = runningNodes({ name: 'dev', nodes: 1 }).length === 0;
  const bootstrap = await start({ name: 'dev', nodes: 1, log });
  const kafka = new Kafka({
    clientId: 'kafscope-demo',
    brokers: bootstrap.split(','),
    logLevel: logLevel.NOTHING,
  });
  const created = await seedDemo(kafka, { log });
  if (!created.length) log('Demo topics already exist; keeping their data.');
  // A Schema Registry of our own (Apicurio, Confluent-compatible API) unless one is configured.
  let registryUrl = process.env.KAFSCOPE_SCHEMA_REGISTRY_URL;
  let registryDemo;
  if (!registryUrl) {
    const before = await fetch('http://127.0.0.1:8081/apis/ccompat/v7/subjects').catch(() => null);
    registryUrl = await startRegistry({ name: 'dev', log });
    registryStartedHere = !before?.ok;
    registryDemo = await seedRegistryDemo(kafka, registryUrl, { log });
  }

  buildIfStale(log);
  // Next's own bin, not npx: a wrapper would not pass our SIGTERM on and leave the server running.
  const args = [require.resolve('next/dist/bin/next'), 'start', '-p', String(port), '-H', host];
  server = spawn(process.execPath, args, {
    stdio: 'inherit',
    // The demo runs without login (the console shows a warning saying so) unless KAFSCOPE_AUTH says otherwise.
    env: {
      KAFSCOPE_AUTH: 'off',
      ...process.env,
      KAFKA_BROKERS: bootstrap,
      KAFSCOPE_SCHEMA_REGISTRY_URL: registryUrl,
    },
  });
  server.on('exit', (code) => {
    if (!shuttingDown) {
      log(`Kafscope server exited (${code}).`);
      void shutdown(code ?? 1);
    }
  });
  log(`Kafscope: http://localhost:${port}   Kafka: ${bootstrap}   Schema Registry: ${registryUrl}`);
  log('Ctrl-C stops it all.');
  log(listenNote(host, process.env));
  // The lag history samples from the first API call on: make that now, so the charts have data when the
  // browser opens.
  void (async () => {
    for (let i = 0; i < 60; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  stopTraffic = await runDemoTraffic(kafka, { log });
  if (registryDemo) stopRegistryTraffic = await runRegistryTraffic(kafka, registryDemo, { log });
  log(
    `Producing ~3 orders/s and ~6 log lines/s; group "${SLOW_GROUP}" is slow on purpose (it lags), "${FAST_GROUP}" keeps up.`,
  );
} catch (e) {
  console.error(`[demo] ${e instanceof Error ? e.message : e}`);
  await shutdown(1);
}
