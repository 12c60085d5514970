// A broker with SASL and TLS listeners for the broker-security tests: its own instance ("test-sec"), a CA and
// certificates made with openssl on every start, and SCRAM users seeded by StorageTool --add-scram.
//   9392 PLAINTEXT (readiness and the test's own checks)   9393 controller
//   9394 SASL_PLAINTEXT: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
//   9395 SSL (server certificate only)
//   9396 SSL with a client certificate required (mTLS)
//   9397 SASL_SSL: SCRAM-SHA-512 over TLS
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { layout, start, stop, wipe } from '../scripts/kafka/broker.mjs';

const NAME = 'test-sec';
const PORT = 9392;
export const SECURE = {
  plaintext: `127.0.0.1:${PORT}`,
  sasl: `127.0.0.1:${PORT + 2}`,
  ssl: `127.0.0.1:${PORT + 3}`,
  mtls: `127.0.0.1:${PORT + 4}`,
  saslSsl: `127.0.0.1:${PORT + 5}`,
};
export const USERS = {
  plain: { username: 'plain-user', password: 'plain-secret' },
  scram256: { username: 'scram256-user', password: 'scram256-secret' },
  scram512: { username: 'scram512-user', password: 'scram512-secret' },
};

const openssl = (args, cwd) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/** A CA, a server certificate for 127.0.0.1/localhost, a client certificate, and an unrelated CA. */
export function makeCertificates(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const run = (cmd) => openssl(cmd.split(' '), dir); // no argument here holds a space
  // A new RSA key and either a self-signed CA certificate (-x509) or a signing request.
  const newKey = (name, out, cn) =>
    run(
      `req${out === 'pem' ? ' -x509 -days 2' : ''} -newkey rsa:2048 -nodes -keyout ${name}.key -out ${name}.${out} -subj /CN=${cn}`,
    );
  newKey('ca', 'pem', 'Kafscope-Test-CA');
  newKey('other-ca', 'pem', 'Some-Other-CA');
  const sign = (name, ext) => {
    newKey(name, 'csr', name);
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext);
    run(
      `x509 -req -in ${name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out ${name}.crt -days 2 -extfile ${name}.ext`,
    );
  };
  sign('server', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  sign('client', 'extendedKeyUsage=clientAuth\n');
  // Kafka's PEM key store: the private key (PKCS#8) and the certificate chain in one file.
  fs.writeFileSync(
    path.join(dir, 'server.pem'),
    fs.readFileSync(path.join(dir, 'server.key'), 'utf8') +
      fs.readFileSync(path.join(dir, 'server.crt'), 'utf8'),
  );
  return {
    ca: path.join(dir, 'ca.pem'),
    otherCa: path.join(dir, 'other-ca.pem'),
    clientCert: path.join(dir, 'client.crt'),
    clientKey: path.join(dir, 'client.key'),
  };
}

export async function startSecureBroker() {
  await stop({ name: NAME, nodes: 1, port: PORT, log: () => {} });
  wipe({ name: NAME });
  const tlsDir = path.join(layout({ name: NAME, nodes: 1, port: PORT }).dir, 'tls');
  const files = makeCertificates(tlsDir);
  const keystore = (listener) => [
    `listener.name.${listener}.ssl.keystore.type=PEM`,
    `listener.name.${listener}.ssl.keystore.location=${path.join(tlsDir, 'server.pem')}`,
  ];
  const jaas = (listener, mechanism, module, extra = '') =>
    `listener.name.${listener}.${mechanism}.sasl.jaas.config=org.apache.kafka.common.security.${module} required${extra};`;
  await start({
    name: NAME,
    nodes: 1,
    port: PORT,
    log: () => {},
    listeners: [
      { name: 'SASL', protocol: 'SASL_PLAINTEXT', port: 2 },
      { name: 'SSL', protocol: 'SSL', port: 3 },
      { name: 'MTLS', protocol: 'SSL', port: 4 },
      { name: 'SASLSSL', protocol: 'SASL_SSL', port: 5 },
    ],
    props: [
      'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
      jaas(
        'sasl',
        'plain',
        'plain.PlainLoginModule',
        ` user_${USERS.plain.username}="${USERS.plain.password}"`,
      ),
      jaas('sasl', 'scram-sha-256', 'scram.ScramLoginModule'),
      jaas('sasl', 'scram-sha-512', 'scram.ScramLoginModule'),
      jaas('saslssl', 'scram-sha-512', 'scram.ScramLoginModule'),
      'listener.name.saslssl.sasl.enabled.mechanisms=SCRAM-SHA-512',
      ...keystore('ssl'),
      ...keystore('mtls'),
      ...keystore('saslssl'),
      'listener.name.mtls.ssl.truststore.type=PEM',
      `listener.name.mtls.ssl.truststore.location=${files.ca}`,
      'listener.name.mtls.ssl.client.auth=required',
    ],
    formatArgs: [
      '--add-scram',
      `SCRAM-SHA-256=[name=${USERS.scram256.username},password=${USERS.scram256.password}]`,
      '--add-scram',
      `SCRAM-SHA-512=[name=${USERS.scram512.username},password=${USERS.scram512.password}]`,
    ],
  });
  return files;
}

export async function stopSecureBroker() {
  await stop({ name: NAME, nodes: 1, port: PORT, log: () => {} });
  wipe({ name: NAME });
}
