// Build the production bundle when the sources are newer than the last build (shared by demo and bench).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './kafka/jars.mjs';

function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

export function buildIfStale(log = console.log) {
  const id = path.join(root, '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'next.config.js', 'package-lock.json', 'postcss.config.mjs'];
  if (fs.existsSync(id) && fs.statSync(id).mtimeMs > newest(sources))
    return log('Production build is up to date.');
  log('Building the production bundle (next build)...');
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error('next build failed');
}
