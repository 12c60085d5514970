// A real Schema Registry for dev, demo and tests without Docker: Apicurio Registry (its Confluent-compatible
// API at /apis/ccompat/v7) from Maven Central, locked in registry.lock (coordinates + sha256), run on a Java
// found on this machine, bound to 127.0.0.1 (its management interface too). Its schemas are kept in an
// H2 file under .kafka/registry-<name>/, so schema ids stay valid across restarts: messages in the topics
// name them.
import { createHash } from 'node:crypto';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaHome } from '../kafka/jars.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const central = 'https://repo1.maven.org/maven2';

/** Ports of the instances: dev (npm run demo) on Confluent's usual 8081. */
export const REGISTRY_PORTS = { dev: 8081, test: 8181, bench: 8281 };
export const registryUrl = (name = 'dev') =>
  `http://127.0.0.1:${REGISTRY_PORTS[name] ?? REGISTRY_PORTS.dev}/apis/ccompat/v7`;

export function readRegistryLock() {
  return fs
    .readFileSync(path.join(here, 'registry.lock'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [coords, sha256, javaMajor] = l.trim().split(/\s+/);
      const [group, artifact, version, type, classifier] = coords.split(':');
      const file = `${artifact}-${version}-${classifier}.${type}`;
      return {
        coords,
        group,
        artifact,
        version,
        type,
        classifier,
        file,
        sha256,
        javaMajor: Number(javaMajor),
      };
    });
}

/** The major version of a java binary (0 when it does not run). */
function javaMajor(bin) {
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/** Java binaries on this machine: KAFSCOPE_REGISTRY_JAVA_HOME, JAVA_HOME, the PATH's, /usr/lib/jvm/*. */
function javas() {
  const homes = [process.env.KAFSCOPE_REGISTRY_JAVA_HOME, process.env.JAVA_HOME].filter(Boolean);
  if (fs.existsSync('/usr/lib/jvm'))
    homes.push(...fs.readdirSync('/usr/lib/jvm').map((d) => path.join('/usr/lib/jvm', d)));
  const bins = [...homes.map((h) => path.join(h, 'bin', 'java')).filter((b) => fs.existsSync(b)), 'java'];
  return [...new Set(bins)].map((bin) => ({ bin, major: javaMajor(bin) })).filter((j) => j.major > 0);
}

/** The newest locked registry this machine can run, and the Java to run it with. */
export function pickRegistry() {
  const found = javas();
  for (const entry of readRegistryLock()) {
    const java = found.find((j) => j.major >= entry.javaMajor);
    if (java) return { entry, java: java.bin };
  }
  const have = found.map((j) => j.major).join(', ') || 'none';
  throw new Error(
    `No Java to run the Schema Registry: Apicurio ${readRegistryLock()[0].version} needs Java ${readRegistryLock()[0].javaMajor}+ (found: ${have}). Set KAFSCOPE_REGISTRY_JAVA_HOME.`,
  );
}

const appDir = (entry) => path.join(kafkaHome, `apicurio-${entry.version}`);
const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Make sure the picked registry is downloaded (checked against the lock) and unpacked. */
export async function fetchRegistry({ log = console.log } = {}) {
  const { entry, java } = pickRegistry();
  const dir = appDir(entry);
  if (fs.existsSync(path.join(dir, 'quarkus-run.jar'))) return { dir, java };
  fs.mkdirSync(kafkaHome, { recursive: true });
  const archive = path.join(kafkaHome, entry.file);
  if (!fs.existsSync(archive) || sha256(archive) !== entry.sha256) {
    log(`Downloading Apicurio Registry ${entry.version} from Maven Central (once, ${entry.file})...`);
    const url = `${central}/${entry.group.replaceAll('.', '/')}/${entry.artifact}/${entry.version}/${entry.file}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`download failed (${res.status}): ${url}`);
    fs.writeFileSync(archive, Buffer.from(await res.arrayBuffer()));
  }
  const got = sha256(archive);
  if (got !== entry.sha256) {
    fs.rmSync(archive, { force: true });
    throw new Error(`checksum mismatch for ${entry.coords}: expected ${entry.sha256}, got ${got}`);
  }
  const tmp = `${dir}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  execFileSync('tar', ['-xzf', archive, '-C', tmp]);
  fs.renameSync(tmp, dir);
  fs.rmSync(archive, { force: true });
  return { dir, java };
}

const instanceDir = (name) => path.join(kafkaHome, `registry-${name}`);
const pidFile = (name) => path.join(instanceDir(name), 'registry.pid');

function runningPid(name) {
  try {
    const pid = Number(fs.readFileSync(pidFile(name), 'utf8'));
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // Ours: pids get reused, so the command line must name this instance's folder.
    return cmd.includes('quarkus-run.jar') && cmd.includes(instanceDir(name)) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Wait until the registry answers its Confluent-compatible API. */
export async function waitRegistry(url, { timeoutMs = 120_000 } = {}) {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/subjects`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return url;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Schema Registry at ${url} not ready after ${timeoutMs / 1000}s: ${last}`);
}

/** Start instance `name` unless it runs; wait until it answers. Returns its Confluent-compatible URL. */
export async function startRegistry({ name = 'dev', heap = '384m', log = console.log } = {}) {
  const url = registryUrl(name);
  if (runningPid(name) !== undefined) return waitRegistry(url);
  const { dir, java } = await fetchRegistry({ log });
  const home = instanceDir(name);
  fs.mkdirSync(home, { recursive: true });
  const out = fs.openSync(path.join(home, 'registry.log'), 'a');
  const child = spawn(
    java,
    [
      `-Xmx${heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      '-Dquarkus.http.host=127.0.0.1',
      `-Dquarkus.http.port=${REGISTRY_PORTS[name]}`,
      // Its management interface (health, metrics) on loopback too, next to the API's port.
      '-Dquarkus.management.host=127.0.0.1',
      `-Dquarkus.management.port=${REGISTRY_PORTS[name] + 1}`,
      '-Dquarkus.http.access-log.enabled=false',
      '-Dquarkus.log.level=WARN',
      '-Dapicurio.storage.kind=sql',
      '-Dapicurio.storage.sql.kind=h2',
      `-Dapicurio.datasource.url=jdbc:h2:file:${path.join(home, 'schemas')};DB_CLOSE_ON_EXIT=FALSE`,
      `-Dkafscope.instance=${home}`,
      '-jar',
      path.join(dir, 'quarkus-run.jar'),
    ],
    { detached: true, stdio: ['ignore', out, out], cwd: home },
  );
  child.unref();
  fs.closeSync(out);
  fs.writeFileSync(pidFile(name), String(child.pid));
  log(`Started the Schema Registry "${name}"; waiting for ${url}...`);
  return waitRegistry(url);
}

/** Stop instance `name` if this project started it (SIGTERM, then SIGKILL after `graceMs`). */
export async function stopRegistry({ name = 'dev', graceMs = 15_000, log = console.log } = {}) {
  const pid = runningPid(name);
  fs.rmSync(pidFile(name), { force: true });
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  if (alive()) process.kill(pid, 'SIGKILL');
  log(`Stopped the Schema Registry "${name}".`);
  return true;
}

/** Remove an instance's schemas (it must be stopped). */
export const wipeRegistry = (name) => fs.rmSync(instanceDir(name), { recursive: true, force: true });
