import { describe, expect, it } from 'vitest';
import { parseClustersFile } from './file';

const ok = (src: string, file = 'kafscope.yaml') => {
  const r = parseClustersFile(src, file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.file.clusters;
};
const errors = (src: string, file = 'kafscope.yaml') => {
  const r = parseClustersFile(src, file);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('clusters file', () => {
  it('reads a YAML list with defaults', () => {
    const [dev, prod] = ok(`
clusters:
  - name: dev
    brokers: [127.0.0.1:9092]
  - name: prod
    brokers: kafka-1:9093
    readOnly: true
    roles: { editor: viewer, viewer: none }
    sasl: { mechanism: scram-sha-512, username: kafscope, passwordFile: /run/secrets/kafka }
    tls: { caFile: /etc/ca.pem }
    schemaRegistry: { url: [http://r1:8081, http://r2:8081] }
`);
    expect(dev).toMatchObject({ name: 'dev', brokers: ['127.0.0.1:9092'], readOnly: false, roles: {} });
    expect(prod).toMatchObject({
      name: 'prod',
      brokers: ['kafka-1:9093'],
      readOnly: true,
      roles: { editor: 'viewer', viewer: 'none' },
      schemaRegistry: { url: ['http://r1:8081', 'http://r2:8081'] },
    });
  });

  it('reads JSON by its extension', () => {
    expect(ok('{"clusters":[{"name":"a","brokers":["h:1"]}]}', 'c.json')[0]!.name).toBe('a');
  });

  it('names the path of every error', () => {
    const e = errors(`
clusters:
  - name: Dev!
    brokers: [nohost]
  - name: b
    brokers: [h:1]
    colour: red
  - name: b
    brokers: [h:2]
    roles: { editor: admin }
`);
    expect(e).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kafscope\.yaml: clusters\[0\]\.name: A cluster name is/),
        'kafscope.yaml: clusters[0].brokers[0]: expected host:port',
        expect.stringMatching(/^kafscope\.yaml: clusters\[1\]: Unrecognized key: "colour"/),
        'kafscope.yaml: clusters[2].name: the name "b" is used twice',
        'kafscope.yaml: clusters[2].roles.editor: a role is never raised here',
      ]),
    );
  });

  it('refuses SASL without exactly one password source, and an empty list', () => {
    expect(errors('clusters: [{name: a, brokers: [h:1], sasl: {mechanism: plain, username: u}}]')).toEqual([
      'kafscope.yaml: clusters[0].sasl: set password or passwordFile, one of them',
    ]);
    expect(errors('clusters: []')).toEqual(['kafscope.yaml: clusters: list at least one cluster']);
  });

  it('says which file does not parse', () => {
    expect(errors('clusters: [', 'x.yaml')[0]).toMatch(/^x\.yaml: not valid YAML/);
    expect(errors('{', 'x.json')[0]).toMatch(/^x\.json: not valid JSON/);
  });
});
