// `npm run check`: no source file over 300 lines (tests excepted). A file past it holds more than one idea;
// split it where the ideas part.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const LIMIT = 300;
const files = execSync("git ls-files -co --exclude-standard '*.ts' '*.tsx' '*.mjs'", { encoding: 'utf8' })
  .split('\n')
  .filter(
    (f) => f && fs.existsSync(f) && !/(^|\/)(node_modules|scratch)\//.test(f) && !/\.test\.tsx?$/.test(f),
  )
  .filter((f) => !f.endsWith('.d.mts') && !f.endsWith('next-env.d.ts'));
const long = files
  .map((f) => ({ f, lines: fs.readFileSync(f, 'utf8').split('\n').length }))
  .filter((x) => x.lines > LIMIT);
for (const { f, lines } of long) console.error(`${f}: ${lines} lines (limit ${LIMIT})`);
if (long.length) process.exit(1);
console.log(`check-sizes: ${files.length} files, none over ${LIMIT} lines`);
