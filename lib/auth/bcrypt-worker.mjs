// Password checks (bcrypt) off the server's event loop: a bcrypt comparison at cost 12 is ~250 ms of CPU,
// and on the main thread thirty parallel sign-ins stalled every other request for seconds. The server
// (password-check.ts) sends { id, password, hash } and gets { id, ok }; without a hash (unknown user) it
// compares against a dummy hash of the same cost, so both answers take as long.
import { parentPort } from 'node:worker_threads';
import bcrypt from 'bcryptjs';

const dummies = new Map();
const dummy = (cost) => {
  let h = dummies.get(cost);
  if (!h) dummies.set(cost, (h = bcrypt.hashSync('kafscope-no-such-user', cost)));
  return h;
};

parentPort.on('message', (msg) => {
  if (msg.type === 'warm') {
    dummy(msg.cost);
    return;
  }
  const ok = bcrypt.compareSync(msg.password, msg.hash ?? dummy(msg.cost));
  parentPort.postMessage({ id: msg.id, ok: ok && msg.hash !== null });
});
