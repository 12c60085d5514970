// A message-filter worker (worker_threads): runs one read's CEL program over batches of records, off the
// server's event loop. The server (filter-pool.ts) watches the shared progress slot and terminates this
// thread when one record takes longer than its budget, when the read is cancelled, or when it runs out of
// its heap: nothing a filter does can stall other requests or outlive its read.
import { parentPort } from 'node:worker_threads';
import { RE2JS } from 're2js';
import { filterEnvironment } from './cel-env.mjs';

// CEL's string.matches() is specified with RE2 syntax; cel-js runs it as `new RegExp(p).test(s)`, a
// backtracking engine where `^(a+)+$` takes exponential time. In this thread (its own globals) RegExp is
// RE2JS: linear in the input, and RE2's syntax, as CEL means it. cel-js calls the RegExp constructor
// nowhere else (checked by the unit test on the worker).
const compiled = new Map();
function Re2RegExp(pattern) {
  let re = compiled.get(pattern);
  if (!re) {
    re = RE2JS.compile(String(pattern));
    if (compiled.size > 256) compiled.clear();
    compiled.set(pattern, re);
  }
  return { test: (s) => re.matcher(String(s)).find() };
}
globalThis.RegExp = Re2RegExp;

const env = filterEnvironment();
/** @type {((ctx: Record<string, unknown>) => unknown) | null} */
let program = null;
/** [index of the record being evaluated, when it started (ms)], read by the server. */
let progress = new Float64Array(2);
/** Whether keys and values are read as "auto" (else "json") when they come as JSON text. */
let keyAuto = true;
let valueAuto = true;

// JSON text sent as text (filter.ts workerJson): parsed here, off the server's thread. What is not JSON
// is what lib/decode.ts makes of it: "auto" shows text without control characters as text, the rest is
// binary, which filters see as base64.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
function fromJson(text, auto) {
  try {
    return JSON.parse(text);
  } catch {
    return auto && !CONTROL.test(text) ? text : Buffer.from(text, 'utf8').toString('base64');
  }
}

parentPort.on('message', (msg) => {
  if (msg.type === 'compile') {
    progress = new Float64Array(msg.progress);
    keyAuto = msg.keyAuto;
    valueAuto = msg.valueAuto;
    program = env.parse(msg.expression);
    parentPort.postMessage({ type: 'compiled' });
    return;
  }
  if (msg.type === 'run') {
    const out = new Uint8Array(msg.records.length);
    for (let i = 0; i < msg.records.length; i++) {
      progress[0] = i;
      progress[1] = Date.now();
      const r = msg.records[i];
      try {
        out[i] =
          program({
            key: r.keyJson === undefined ? r.key : fromJson(r.keyJson, keyAuto),
            value: r.valueJson === undefined ? r.value : fromJson(r.valueJson, valueAuto),
            headers: r.headers,
            partition: BigInt(r.partition),
            offset: BigInt(r.offset),
            timestamp: BigInt(r.timestamp),
          }) === true
            ? 1
            : 0;
      } catch {
        out[i] = 0; // e.g. value.amount on a message without it: not a match (use has() to test)
      }
    }
    progress[1] = 0;
    parentPort.postMessage({ type: 'result', matches: out }, [out.buffer]);
  }
});
