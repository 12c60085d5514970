// npm test: everything, in the order that fails fastest.
//   1. check (typecheck, lint, format)   2. unit tests (Vitest)
//   3. integration tests against a real broker (started here when none is up, stopped afterwards)
//   4. production build                   5. e2e (Playwright in Debian's Chromium, against that build)
// Ends with one line "kafscope: N passed, N failed" summing the Vitest and Playwright results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './kafka/jars.mjs';
import { ensureTestBroker, stopTestBroker } from '../test/broker.mjs';

process.chdir(root);
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();
console.log(`== node: testing on Node ${process.version}`);

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `== ${label}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t) / 1000).toFixed(1)}s`,
  );
  return r.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return false;
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += j.numPendingTests + j.numTodoTests;
  return true;
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return false;
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += j.stats.expected + j.stats.flaky;
  totals.failed += j.stats.unexpected;
  totals.skipped += j.stats.skipped;
  return true;
}

const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(results, `${project}.json`)}`,
];

/** Run one Vitest project; it passes only if it exited 0 AND wrote its results (no silent "ran nothing"). */
function vitestProject(project) {
  const passed = run(project, 'npx', vitest(project));
  const counted = countVitest(path.join(results, `${project}.json`));
  return passed && counted;
}

let ok = true;
let brokerStarted = false;
const step = (fn) => {
  if (ok) ok = fn();
};
try {
  for (const f of ['unit.json', 'dom.json', 'integration.json', 'e2e.json'])
    fs.rmSync(path.join(results, f), { force: true });
  step(() => run('check', 'npm', ['run', '--silent', 'check']));
  step(() => vitestProject('unit'));
  step(() => vitestProject('dom'));
  if (ok) {
    console.log('\n== broker: making sure the test broker (127.0.0.1:9192) is up');
    brokerStarted = (await ensureTestBroker()).started;
  }
  step(() => vitestProject('integration'));
  step(() => run('build', 'npx', ['next', 'build']));
  step(() => {
    const passed = run('e2e', 'npx', ['playwright', 'test', '--project=console'], { CI: '1' });
    countPlaywright(path.join(results, 'e2e.json'));
    return passed;
  });
} catch (e) {
  ok = false;
  console.error(e instanceof Error ? e.message : e);
} finally {
  if (brokerStarted) await stopTestBroker();
}

const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n${ok ? 'All tests passed' : 'TESTS FAILED'} in ${secs}s`);
console.log(
  `kafscope: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(ok && totals.failed === 0 ? 0 : 1);
