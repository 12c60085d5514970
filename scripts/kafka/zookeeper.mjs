// ZooKeeper for Kafka 3.x in ZooKeeper mode (its jar comes with kafka_2.13 3.x): one standalone server per
// instance, in the instance's folder, on the first broker's client port + 2.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { running, spawnJava } from './process.mjs';

/** ZooKeeper of an instance in ZooKeeper mode: its own folder, on the first node's client port + 2. */
export function zookeeperOf(l) {
  const port = l.nodes[0].clientPort + 2;
  return { dir: path.join(l.dir, 'zookeeper'), clientPort: port, connect: `127.0.0.1:${port}` };
}

/** ZooKeeper for a 3.x broker in ZooKeeper mode; returns its connect string once it takes connections. */
export async function startZookeeper(l, { cp, log4jFile }) {
  const zk = zookeeperOf(l);
  if (running(zk.dir, 'zookeeper.properties')) return zk.connect;
  fs.mkdirSync(zk.dir, { recursive: true });
  fs.writeFileSync(
    path.join(zk.dir, 'zookeeper.properties'),
    [
      `dataDir=${path.join(zk.dir, 'data')}`,
      `clientPort=${zk.clientPort}`,
      'clientPortAddress=127.0.0.1',
      'maxClientCnxns=0',
      'admin.enableServer=false',
      '4lw.commands.whitelist=ruok',
      '',
    ].join('\n'),
  );
  spawnJava(zk.dir, {
    heap: '128m',
    cp,
    main: 'org.apache.zookeeper.server.quorum.QuorumPeerMain',
    config: 'zookeeper.properties',
    log4jFile,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const sock = net.connect(zk.clientPort, '127.0.0.1', () => sock.end('ruok'));
      let got = '';
      sock.on('data', (d) => (got += d));
      sock.on('close', () => resolve(got === 'imok'));
      sock.on('error', () => resolve(false));
    });
    if (ok) return zk.connect;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`ZooKeeper on ${zk.connect} did not start (see ${path.join(zk.dir, 'kafka.log')})`);
}
