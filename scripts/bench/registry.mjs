// Schema Registry decoding at scale (issue 16): the same filtered scan over 1,000,000 Avro records (framed
// for a registry schema) and over 1,000,000 JSON records with the same content, in one run; and how often
// the server asked the registry for the schema (through a counting proxy in front of it).
import http from 'node:http';
import { createRequire } from 'node:module';
import { startRegistry } from '../registry/registry.mjs';

const require = createRequire(import.meta.url);
const avro = require('avsc');

export const name = 'Schema Registry: Avro scan';
export const description =
  'A filtered scan (CEL `value.currency == "GBP" && value.amount > 990`, ~0.1% match) over 1,000,000 Avro records of ' +
  '~60 bytes (a record with a long, strings, an enum and a decimal; 3 partitions; Confluent wire format for one ' +
  'schema id) through `GET /api/topics/:topic/messages`, against the same scan over 1,000,000 JSON records of the ' +
  'same content (~110 bytes) in the same run: messages scanned per second, best of 2 runs each. The server reaches ' +
  'the registry (Apicurio 3.3.3) through a proxy that counts the schema lookups.';
export const target =
  'Avro scan at least 0.7x the JSON scan; the registry asked once per schema id (issue 16)';

const COUNT = 1_000_000;
const PROXY_PORT = 8290; // the bench server's KAFSCOPE_SCHEMA_REGISTRY_URL points here (scripts/bench.mjs)
const AVRO_TOPIC = 'bench.registry.avro';
const JSON_TOPIC = 'bench.registry.json';
const SCHEMA = {
  type: 'record',
  name: 'Payment',
  namespace: 'bench',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'customer', type: 'string' },
    { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD', 'GBP'] } },
    { name: 'amount', type: 'double' },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};

/** A proxy to the registry that counts requests by path prefix. */
function countingProxy(target) {
  const counts = new Map();
  const t = new URL(target);
  const server = http.createServer((req, res) => {
    const key = req.url.replace(/\/ids\/\d+/, '/ids/{id}');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const up = http.request(
      {
        host: t.hostname,
        port: t.port,
        path: `${t.pathname}${req.url.replace(/^\/apis\/ccompat\/v7/, '')}`,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  return new Promise((ok) => server.listen(PROXY_PORT, '127.0.0.1', () => ok({ server, counts })));
}

async function scan(baseUrl, topic) {
  const q = new URLSearchParams({
    start: 'oldest',
    max: '10000',
    filter: 'value.currency == "GBP" && value.amount > 990',
  });
  const t = Date.now();
  const res = await fetch(`${baseUrl}/api/clusters/default/topics/${topic}/messages?${q}`);
  const text = await res.text();
  const done = text.split('\n\n').find((b) => b.startsWith('event: done'));
  if (!done) throw new Error(`no done event: ${text.slice(-300)}`);
  const d = JSON.parse(
    done
      .split('\n')
      .find((l) => l.startsWith('data: '))
      .slice(6),
  );
  return { rate: d.scanned / ((Date.now() - t) / 1000), scanned: d.scanned, found: d.found };
}

export async function run({ kafka, baseUrl }) {
  const url = await startRegistry({ name: 'bench', log: () => {} });
  const { server, counts } = await countingProxy(url);
  const admin = kafka.admin();
  const producer = kafka.producer();
  await Promise.all([admin.connect(), producer.connect()]);
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [AVRO_TOPIC, JSON_TOPIC].map((topic) => ({ topic, numPartitions: 3 })),
    });
    const reg = await fetch(`${url}/subjects/${AVRO_TOPIC}-value/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify({ schema: JSON.stringify(SCHEMA) }),
    }).then((r) => r.json());
    const type = avro.Type.forSchema(SCHEMA);
    const head = Buffer.from([
      0,
      (reg.id >>> 24) & 255,
      (reg.id >>> 16) & 255,
      (reg.id >>> 8) & 255,
      reg.id & 255,
    ]);
    const record = (i) => ({
      id: i,
      customer: `customer-${i % 997}`,
      currency: ['EUR', 'USD', 'GBP'][i % 3],
      amount: (i * 7919) % 1000,
      note: i % 5 ? null : 'gift',
    });
    for (let from = 0; from < COUNT; from += 20_000) {
      const recs = Array.from({ length: 20_000 }, (_, k) => record(from + k));
      await producer.send({
        topic: AVRO_TOPIC,
        messages: recs.map((r) => ({ value: Buffer.concat([head, type.toBuffer(r)]) })),
      });
      await producer.send({ topic: JSON_TOPIC, messages: recs.map((r) => ({ value: JSON.stringify(r) })) });
    }
    counts.clear();
    const best = async (topic) => {
      const a = await scan(baseUrl, topic);
      const b = await scan(baseUrl, topic);
      return a.rate > b.rate ? a : b;
    };
    const json = await best(JSON_TOPIC);
    const av = await best(AVRO_TOPIC);
    const lookups = counts.get('/apis/ccompat/v7/schemas/ids/{id}') ?? 0;
    const other = [...counts].filter(([k]) => !k.endsWith('/schemas/ids/{id}'));
    return [
      {
        metric: 'filtered scan, Avro vs JSON',
        ours: Math.round(av.rate),
        peer: Math.round(json.rate),
        unit: 'msg/s',
        higherIsBetter: true,
        note: `Avro: ${av.scanned.toLocaleString('en-US')} scanned, ${av.found} found; JSON: ${json.scanned.toLocaleString('en-US')} scanned, ${json.found} found (the peer column is our own JSON scan)`,
      },
      {
        metric: 'registry lookups of the schema during 2 Avro scans',
        ours: lookups,
        unit: 'requests',
        note: `GET /schemas/ids/{id} ${lookups} time(s) for 2 x ${COUNT.toLocaleString('en-US')} records; other requests: ${other.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
      },
    ];
  } finally {
    server.close();
    await Promise.allSettled([admin.disconnect(), producer.disconnect()]);
  }
}
