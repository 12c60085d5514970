// npm run bench: speed and memory targets, measured against a peer client in the same run, written to
// docs/BENCHMARKS.md. Runs on its own broker instance ("bench", 127.0.0.1:9292, wiped first) and its own
// production server (port 3200), so it never disturbs dev data. Cases live in scripts/bench/*.mjs and
// export { name, target, run(ctx) } returning rows { metric, ours, peer, unit, note }.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { start, stop, wipe } from './kafka/broker.mjs';
import { DEFAULT_KAFKA, root } from './kafka/jars.mjs';
import { buildIfStale } from './build.mjs';
import { stopRegistry } from './registry/registry.mjs';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');
process.chdir(root);
const PORT = 3200;
const only = process.argv[2];

const caseDir = path.join(root, 'scripts', 'bench');
const cases = [];
for (const f of fs
  .readdirSync(caseDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const c = await import(path.join(caseDir, f));
  // Helpers shared by the cases (peers.mjs, http.mjs) export no run.
  if (typeof c.run === 'function' && (!only || f.includes(only))) cases.push({ file: f, ...c });
}

buildIfStale();
wipe({ name: 'bench' });
const bootstrap = await start({ name: 'bench', nodes: 1, port: 9292 });
const server = spawn(
  process.execPath,
  [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Login off (the bench server listens on 127.0.0.1 only): login has been on by default since the
    // security work, and the pages and API would answer only the sign-in screen and 401s.
    // The registry case (scripts/bench/registry.mjs) starts the registry behind a counting proxy here.
    env: {
      ...process.env,
      KAFKA_BROKERS: bootstrap,
      KAFSCOPE_AUTH: 'off',
      KAFSCOPE_SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8290/apis/ccompat/v7',
    },
  },
);
const baseUrl = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  if (
    await fetch(`${baseUrl}/api/clusters/default/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 300));
}

const ctx = {
  bootstrap,
  baseUrl,
  serverPid: server.pid,
  kafka: new Kafka({ clientId: 'kafscope-bench', brokers: [bootstrap], logLevel: logLevel.NOTHING }),
};
const results = [];
try {
  for (const c of cases) {
    console.log(`\n== ${c.name}`);
    const t = Date.now();
    const rows = await c.run(ctx);
    for (const r of rows)
      console.log(
        `   ${r.metric}: ours ${r.ours} ${r.unit}${r.peer !== undefined ? `, peer ${r.peer} ${r.unit}` : ''}`,
      );
    results.push({ ...c, rows, seconds: (Date.now() - t) / 1000 });
  }
} finally {
  server.kill('SIGTERM');
  await stop({ name: 'bench', nodes: 1, port: 9292 });
  await stopRegistry({ name: 'bench', log: () => {} });
}

/** The first line of a tool's version output that names a version (java and kcat print it to stderr). */
const v = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').map((l) => l.trim());
  return (out.find((l) => /version/i.test(l)) ?? 'unknown').replace(/ builtin.features=.*$/, ')');
};
const ratio = (r) =>
  r.peer && r.ours ? (r.higherIsBetter ? r.ours / r.peer : r.peer / r.ours).toFixed(2) : '—';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (scripts/bench.mjs); do not edit by hand. Each case runs against a real Kafka',
  'broker on this machine and, where one exists, a peer client doing the same work in the same run.',
  'Ratio = how Kafscope compares with the peer (above 1: Kafscope is faster).',
  '',
  `Last run: ${new Date().toISOString()} on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version},`,
  `${v('java', ['-version'])}, Kafka ${DEFAULT_KAFKA} (KRaft, 1 node, 512 MB heap), peer kcat: ${v('kcat', ['-V'])}.`,
  '',
];
// A run of some cases (`npm run bench groups`) keeps the other cases' sections from the last full run.
const out = path.join(root, 'docs', 'BENCHMARKS.md');
const previous = new Map();
if (fs.existsSync(out))
  for (const sec of fs
    .readFileSync(out, 'utf8')
    .split(/^(?=## )/m)
    .slice(1))
    previous.set(sec.split('\n')[0].slice(3).trim(), sec.trimEnd());
const sections = new Map();
for (const r of results) {
  const s = [`## ${r.name}`, '', r.description ?? '', '', `Target: ${r.target}`, ''];
  s.push('| metric | Kafscope | peer | ratio | note |', '|---|---:|---:|---:|---|');
  for (const row of r.rows) {
    s.push(
      `| ${row.metric} | ${row.ours} ${row.unit} | ${row.peer !== undefined ? `${row.peer} ${row.unit}` : '—'} | ${ratio(row)} | ${row.note ?? ''} |`,
    );
  }
  s.push('', `(case took ${r.seconds.toFixed(1)} s; measured ${new Date().toISOString()})`);
  sections.set(r.name, s.join('\n'));
}
for (const [name, text] of previous) if (!sections.has(name)) sections.set(name, text);
if (!sections.size) lines.push('No benchmark cases yet.');
lines.push([...sections.values()].join('\n\n'), '');
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log('\nWrote docs/BENCHMARKS.md');
process.exit(0);
