// Broker jars: resolved by Maven from pom.xml and pinned in jars.lock (coordinates + sha256), so a user
// without Maven can still run the broker: fetchJars() downloads the locked jars from Maven Central and
// verifies each checksum. Either way the result is a flat folder usable as `java -cp '<dir>/*'`.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const kafkaHome = process.env.KAFSCOPE_KAFKA_HOME ?? path.join(root, '.kafka');
/**
 * Kafka versions we run. The default one (the newest on Maven Central) is what dev, demo and the test suite
 * use; the older ones are the broker matrix (test/matrix): each has its own lock file and jar folder.
 */
export const DEFAULT_KAFKA = '4.4.0';
export const MATRIX_KAFKA = ['4.1.2', '3.9.1'];
const known = [DEFAULT_KAFKA, ...MATRIX_KAFKA];
function checkVersion(version) {
  if (!known.includes(version))
    throw new Error(
      `Kafka ${version} is not one of ours (${known.join(', ')}); add it to scripts/kafka/jars.mjs`,
    );
  return version;
}
const isDefault = (version) => checkVersion(version) === DEFAULT_KAFKA;
// One folder per version: `-cp '<dir>/*'` must never see two versions' jars.
export const libsDirOf = (version = DEFAULT_KAFKA) => path.join(kafkaHome, `libs-${checkVersion(version)}`);
export const libsDir = libsDirOf();
const lockFileOf = (version) => path.join(here, isDefault(version) ? 'jars.lock' : `jars-${version}.lock`);
const pomFile = path.join(here, 'pom.xml');
const central = 'https://repo1.maven.org/maven2';

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function readLock(version = DEFAULT_KAFKA) {
  const lockFile = lockFileOf(version);
  if (!fs.existsSync(lockFile)) return [];
  return fs
    .readFileSync(lockFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [coords, hash] = l.trim().split(/\s+/);
      const [group, artifact, version, classifier] = coords.split(':');
      const file = `${artifact}-${version}${classifier ? `-${classifier}` : ''}.jar`;
      return { coords, group, artifact, version, classifier, file, sha256: hash };
    });
}

function haveMaven() {
  return spawnSync('mvn', ['--version'], { stdio: 'ignore' }).status === 0;
}

const versionArg = (version) => `-Dkafka.version=${version}`;

/** Resolve with Maven and rewrite the version's lock file from what it resolved. */
export function lockJars(version = DEFAULT_KAFKA) {
  const out = path.join(kafkaHome, `deps-${version}.txt`);
  fs.mkdirSync(kafkaHome, { recursive: true });
  execFileSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      pomFile,
      versionArg(version),
      'dependency:list',
      '-DincludeScope=runtime',
      `-DoutputFile=${out}`,
      '-DoutputAbsoluteArtifactFilename=true',
    ],
    { stdio: 'inherit' },
  );
  const rows = fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.jar'))
    .map((l) => {
      const parts = l.split(':');
      const file = parts.pop();
      // group:artifact:type[:classifier]:version:scope
      const [group, artifact, , ...rest] = parts;
      const version = rest.length === 3 ? rest[1] : rest[0];
      const classifier = rest.length === 3 ? rest[0] : undefined;
      const coords = [group, artifact, version, classifier].filter(Boolean).join(':');
      return `${coords} ${sha256(file)}`;
    })
    .sort();
  fs.writeFileSync(
    lockFileOf(version),
    `# Kafka ${version} broker jars (group:artifact:version[:classifier] sha256), written by \`npm run kafka:lock${isDefault(version) ? '' : ` -- ${version}`}\` from pom.xml.\n${rows.join('\n')}\n`,
  );
  return rows.length;
}

function libsComplete(lock, libsDir) {
  return (
    lock.length > 0 &&
    lock.every((j) => {
      const f = path.join(libsDir, j.file);
      return fs.existsSync(f) && fs.statSync(f).size > 0;
    })
  );
}

async function download(j, libsDir) {
  const url = `${central}/${j.group.replaceAll('.', '/')}/${j.artifact}/${j.version}/${j.file}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed (${res.status}): ${url}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const got = createHash('sha256').update(buf).digest('hex');
  if (got !== j.sha256)
    throw new Error(`checksum mismatch for ${j.coords}: expected ${j.sha256}, got ${got}`);
  fs.writeFileSync(path.join(libsDir, j.file), buf);
}

/** Make sure the version's jar folder holds every locked jar. A no-op when it already does. */
export async function fetchJars({ log = console.log, version = DEFAULT_KAFKA } = {}) {
  const lock = readLock(version);
  const libsDir = libsDirOf(version);
  if (libsComplete(lock, libsDir)) return libsDir;
  fs.mkdirSync(libsDir, { recursive: true });
  if (haveMaven()) {
    log('Fetching broker jars with Maven (once)...');
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        pomFile,
        versionArg(version),
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        `-DoutputDirectory=${libsDir}`,
      ],
      { stdio: 'inherit' },
    );
    const bad = lock.filter((j) => sha256(path.join(libsDir, j.file)) !== j.sha256);
    if (bad.length)
      throw new Error(
        `Maven resolved jars that differ from jars.lock: ${bad.map((j) => j.coords).join(', ')}. Run npm run kafka:lock -- ${version} if pom.xml changed.`,
      );
  } else {
    log(`Maven not found: downloading ${lock.length} locked Kafka ${version} jars from Maven Central...`);
    const queue = lock.filter((j) => !fs.existsSync(path.join(libsDir, j.file)));
    const workers = Array.from({ length: 6 }, async () => {
      for (let j = queue.shift(); j; j = queue.shift()) await download(j, libsDir);
    });
    await Promise.all(workers);
  }
  if (!libsComplete(lock, libsDir)) throw new Error('broker jars are incomplete after fetching');
  return libsDir;
}
