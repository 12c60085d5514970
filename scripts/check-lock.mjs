// npm run check: the lock must be complete for every platform. Each package's optional dependencies
// (the per-platform native builds: @next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc, ...) need an
// entry of their own, resolved the way Node resolves them, or `npm ci` fails on a machine of that platform
// (npm/cli#4828). A lock written against a registry that lacked them is caught here, not on a user's Mac.
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};

/** Where `dep`, required from the package at `from`, is found: its own node_modules, then each one up. */
function resolves(from, dep) {
  for (let base = from; ;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const up = base.lastIndexOf('/node_modules/');
    base = up >= 0 ? base.slice(0, up) : '';
  }
}

const missing = [];
for (const [at, meta] of Object.entries(packages))
  for (const dep of Object.keys(meta.optionalDependencies ?? {}))
    if (!resolves(at, dep)) missing.push(`${at || 'package.json'} needs ${dep}`);

if (lock.lockfileVersion < 3) missing.unshift(`lockfileVersion ${lock.lockfileVersion}: npm 9+ writes 3`);
if (missing.length) {
  console.error(`check-lock: package-lock.json is incomplete (npm ci would fail on some platforms):`);
  for (const m of missing.slice(0, 20)) console.error(`  ${m}`);
  if (missing.length > 20) console.error(`  ... and ${missing.length - 20} more`);
  console.error(
    'Regenerate it against a registry that serves every platform: npm install --package-lock-only',
  );
  process.exit(1);
}
console.log(`check-lock: ${Object.keys(packages).length} entries, every optional platform package listed`);
