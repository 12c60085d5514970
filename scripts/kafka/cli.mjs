// npm run kafka:start | kafka:stop | kafka:fetch [-- version] | kafka:lock [-- version]
//   KAFKA_NODES=3        three brokers on one host (19092, 29092, 39092)
//   KAFKA_INSTANCE=name  a separate data folder under .kafka/ (default "dev", or "dev3" for three nodes, so a
//                        single-node log is never reused as a member of a three-voter quorum)
import { DEFAULT_KAFKA, fetchJars, lockJars } from './jars.mjs';
import { start, stop } from './broker.mjs';

const cmd = process.argv[2];
const version = process.argv[3] ?? DEFAULT_KAFKA;
const nodes = Number(process.env.KAFKA_NODES ?? 1);
const name = process.env.KAFKA_INSTANCE ?? (nodes === 3 ? 'dev3' : 'dev');
if (![1, 3].includes(nodes)) {
  console.error('KAFKA_NODES must be 1 or 3');
  process.exit(2);
}

try {
  if (cmd === 'start') {
    const bootstrap = await start({ name, nodes, racks: nodes > 1 });
    console.log(`Kafka is up: KAFKA_BROKERS=${bootstrap}`);
  } else if (cmd === 'stop') {
    // Without KAFKA_INSTANCE, stop both default layouts: whichever was started.
    const names = process.env.KAFKA_INSTANCE ? [name] : ['dev', 'dev3'];
    let n = 0;
    for (const instance of names) n += await stop({ name: instance });
    if (!n) console.log(`No Kafka node of ${names.join(' / ')} started by this project is running.`);
  } else if (cmd === 'fetch') {
    console.log(`Kafka ${version} jars in ${await fetchJars({ version })}`);
  } else if (cmd === 'lock') {
    console.log(`Locked ${lockJars(version)} Kafka ${version} jars`);
  } else {
    console.error('usage: cli.mjs start|stop|fetch|lock');
    process.exit(2);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
