// The JVM processes of scripts/kafka/broker.mjs: started detached with a pid file in their own folder, and
// stopped only when the pid still belongs to the process we started (pids get reused).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const java = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
export function pidOf(n) {
  const f = path.join(n.dir, 'kafka.pid');
  if (!fs.existsSync(f)) return undefined;
  const pid = Number(fs.readFileSync(f, 'utf8'));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Is this pid alive AND the Kafka (or ZooKeeper) process we started for this node (pids get reused)? */
export function isOurs(pid, n, config = 'server.properties') {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(path.join(n.dir, config));
  } catch {
    return false;
  }
}

/** Start a detached JVM whose pid file and log live in `dir`; `config` is the file it is started with. */
export function spawnJava(dir, { heap, cp, main, config, log4jFile }) {
  const out = fs.openSync(path.join(dir, 'kafka.log'), 'a');
  const child = spawn(
    java(),
    [
      `-Xmx${heap}`,
      `-Xms${heap}`,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${log4jFile}`,
      `-Dkafka.logs.dir=${dir}`,
      '-cp',
      cp,
      main,
      path.join(dir, config),
    ],
    { detached: true, stdio: ['ignore', out, out], cwd: dir },
  );
  child.unref();
  fs.closeSync(out);
  fs.writeFileSync(path.join(dir, 'kafka.pid'), String(child.pid));
}

export const running = (dir, config) => {
  const pid = pidOf({ dir });
  return pid !== undefined && isOurs(pid, { dir }, config);
};

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function stopPids(pids, graceMs) {
  const deadline = Date.now() + graceMs;
  while (pids.some((p) => alive(p)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const p of pids) if (alive(p)) process.kill(p, 'SIGKILL');
}

export function signal(dir, config) {
  const pid = pidOf({ dir });
  fs.rmSync(path.join(dir, 'kafka.pid'), { force: true });
  if (pid === undefined || !isOurs(pid, { dir }, config)) return undefined;
  process.kill(pid, 'SIGTERM');
  return pid;
}
