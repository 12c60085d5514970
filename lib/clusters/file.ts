import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLES } from '@/lib/schemas/roles';
import { clusterNameSchema, hostPort } from '@/lib/schemas/clusters';

// The clusters file (KAFSCOPE_CONFIG, YAML or JSON): every cluster this console shows, how to reach it
// and who may do what there. Pure (no server-only), so the server's start (instrumentation.ts) can check it
// and stop with the path of each error before anything listens. Secrets may come from files, never echoed.

const text = (max: number) => z.string().trim().min(1).max(max);
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const sasl = z.strictObject({
  mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
  username: text(1000),
  password: z.string().min(1).max(10_000).optional(),
  passwordFile: text(4096).optional(),
});
const tls = z.union([
  z.boolean(),
  z.strictObject({
    caFile: text(4096).optional(),
    certFile: text(4096).optional(),
    keyFile: text(4096).optional(),
    keyPassword: z.string().min(1).optional(),
    servername: text(253).optional(),
  }),
]);
const registry = z.strictObject({
  url: oneOrMany(text(2000)),
  username: text(1000).optional(),
  password: z.string().min(1).max(10_000).optional(),
  passwordFile: text(4096).optional(),
  token: z.string().min(1).max(20_000).optional(),
  tokenFile: text(4096).optional(),
  caFile: text(4096).optional(),
  certFile: text(4096).optional(),
  keyFile: text(4096).optional(),
  timeoutMs: z.number().int().min(200).max(120_000).optional(),
});
/** What a console role may do on this cluster: its own role or less, or nothing (`none`: not shown). */
const roleCap = z.enum([...ROLES, 'none']);

const clusterEntry = z.strictObject({
  name: clusterNameSchema,
  brokers: oneOrMany(hostPort),
  clientId: z
    .string()
    .regex(/^[\w.-]{1,100}$/, 'letters, digits, . _ - only')
    .optional(),
  sasl: sasl.optional(),
  tls: tls.optional(),
  schemaRegistry: registry.optional(),
  readOnly: z.boolean().default(false),
  roles: z
    .strictObject({ viewer: roleCap.optional(), editor: roleCap.optional(), admin: roleCap.optional() })
    .default({}),
});
export type ClusterEntry = z.output<typeof clusterEntry>;

const fileSchema = z.strictObject({
  clusters: z
    .array(clusterEntry)
    .min(1, 'list at least one cluster')
    .max(100)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((c, i) => {
        if (seen.has(c.name))
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `the name "${c.name}" is used twice` });
        seen.add(c.name);
        if (c.sasl && !c.sasl.password === !c.sasl.passwordFile)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'sasl'],
            message: 'set password or passwordFile, one of them',
          });
        if (c.roles.viewer && !['viewer', 'none'].includes(c.roles.viewer))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'roles', 'viewer'],
            message: 'a viewer can be viewer or none',
          });
        if (c.roles.editor === 'admin')
          ctx.addIssue({
            code: 'custom',
            path: [i, 'roles', 'editor'],
            message: 'a role is never raised here',
          });
      });
    }),
});

export type ClustersFile = { path: string; clusters: ClusterEntry[] };
export type FileResult = { ok: true; file: ClustersFile } | { ok: false; errors: string[] };

const where = (p: PropertyKey[]) =>
  p.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );

/** Parse and check the text of a clusters file; each error names its path (`clusters[1].brokers[0]: ...`). */
export function parseClustersFile(source: string, file: string): FileResult {
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(source) : parseYaml(source, { prettyErrors: true });
  } catch (e) {
    return {
      ok: false,
      errors: [`${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(e as Error).message}`],
    };
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success)
    return {
      ok: false,
      errors: r.error.issues.map((i) => `${file}: ${where(i.path) || '(top)'}: ${i.message}`),
    };
  return { ok: true, file: { path: file, clusters: r.data.clusters } };
}

/** Read KAFSCOPE_CONFIG (null when it is not set). */
export function readClustersFile(env: Record<string, string | undefined> = process.env): FileResult | null {
  const name = env.KAFSCOPE_CONFIG?.trim();
  if (!name) return null;
  const file = path.resolve(name);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return { ok: false, errors: [`KAFSCOPE_CONFIG: ${file}: ${why}`] };
  }
  return parseClustersFile(source, file);
}
