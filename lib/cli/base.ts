// The command line for what the console shows or does (issue 20: a console that teaches): Apache Kafka's own
// scripts, rpk (Redpanda) and kcat, with the current values filled in. Pure, for the browser and for the
// tests that run the commands against a real broker. Bootstrap and security flags come from the connection;
// a password never appears (it is read from $KAFKA_PASSWORD, which the user sets).

export type Connection = {
  bootstrap: string;
  protocol: 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
  /** e.g. SCRAM-SHA-512; null without SASL */
  saslMechanism: string | null;
  saslUser: string | null;
};
export type Tool = 'kafka' | 'rpk' | 'kcat';
/** What a command does not do as the view does, said by the UI in the page's language (messages cli.notes). */
export type Note = { kind: 'config' } | { kind: 'filter' } | { kind: 'kcatNewest'; max: number };
export type Command = { tool: Tool; line: string; notes?: Note[] };

/** POSIX shell quoting: bare when safe, else single quotes (a quote inside becomes '\''). */
export function sh(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
export const line = (words: (string | false | null | undefined)[]) =>
  words.filter((w): w is string => typeof w === 'string').join(' ');

export const secure = (c: Connection) => c.protocol !== 'PLAINTEXT';

/** Kafka's admin scripts: the connection, and --command-config when it is not plaintext. */
export const kafkaAdmin = (c: Connection) => [
  '--bootstrap-server',
  sh(c.bootstrap),
  secure(c) && '--command-config',
  secure(c) && 'client.properties',
];
export const rpkX = (c: Connection) => [
  '-X',
  `brokers=${sh(c.bootstrap)}`,
  ...(c.protocol.endsWith('SSL') ? ['-X', 'tls.enabled=true'] : []),
  ...(c.saslMechanism
    ? [
        '-X',
        `sasl.mechanism=${sh(c.saslMechanism)}`,
        '-X',
        `user=${sh(c.saslUser ?? '')}`,
        '-X',
        'pass="$KAFKA_PASSWORD"',
      ]
    : []),
];
export const kcatX = (c: Connection) => [
  '-b',
  sh(c.bootstrap),
  ...(secure(c) ? ['-X', `security.protocol=${c.protocol}`] : []),
  ...(c.saslMechanism
    ? [
        '-X',
        `sasl.mechanisms=${sh(c.saslMechanism)}`,
        '-X',
        `sasl.username=${sh(c.saslUser ?? '')}`,
        '-X',
        'sasl.password="$KAFKA_PASSWORD"',
      ]
    : []),
];
export const withNote = (c: Connection, cmd: Command): Command =>
  cmd.tool === 'kafka' && secure(c) ? { ...cmd, notes: [...(cmd.notes ?? []), { kind: 'config' }] } : cmd;
