import 'server-only';
import { Environment } from '@marcbachmann/cel-js';
import { AppError } from './errors';
import type { Candidate } from './reader';

// Server-side filters in CEL (Common Expression Language): not Turing-complete, no I/O, nothing of the host
// reachable; the expression is parsed and type-checked once, then run per message. User input is never
// evaluated as JavaScript (a Groovy filter gave a peer console remote code execution).

export type MessageFilter = (c: Candidate) => boolean;

const env = new Environment()
  .registerVariable('key', 'dyn')
  .registerVariable('value', 'dyn')
  .registerVariable('headers', 'map<string, string>')
  .registerVariable('partition', 'int')
  .registerVariable('offset', 'int')
  .registerVariable('timestamp', 'int');

export const FILTER_VARIABLES =
  'key, value (parsed when JSON or MessagePack, else text), headers (name → text), partition, offset, timestamp (ms)';

/** The shown text of a key/value/header for search and CEL (null stays null; binary as base64). */
function asData(d: Candidate['value'], bytes: Buffer | null): unknown {
  if (d.data !== undefined) return d.data;
  if (d.text !== null) return d.text;
  return bytes === null ? null : bytes.toString('base64');
}

/** Parse and check the expression; a 400 that points at the error when it is not valid. */
export function compileFilter(
  expression: string | undefined,
  search: string | undefined,
): MessageFilter | null {
  const parts: MessageFilter[] = [];
  if (search?.trim()) {
    const needle = search.trim().toLowerCase();
    parts.push((c) =>
      [c.key.text, c.value.text, ...c.headers.map((h) => `${h.key}=${h.value.toString('utf8')}`)].some(
        (t) => t !== null && t.toLowerCase().includes(needle),
      ),
    );
  }
  if (expression?.trim()) {
    let run: (ctx: Record<string, unknown>) => unknown;
    try {
      const checked = env.check(expression);
      if (!checked.valid) throw checked.error;
      run = env.parse(expression);
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      throw new AppError('validation_failed', `The filter is not valid CEL: ${message}`);
    }
    parts.push((c) => {
      const headers: Record<string, string> = {};
      for (const h of c.headers) headers[h.key] = h.value.toString('utf8');
      try {
        return (
          run({
            key: asData(c.key, c.rawKey),
            value: asData(c.value, c.rawValue),
            headers,
            partition: BigInt(c.partition),
            offset: BigInt(c.offset),
            timestamp: BigInt(c.timestamp),
          }) === true
        );
      } catch {
        return false; // e.g. value.amount on a message without it: not a match (use has() to test)
      }
    });
  }
  if (!parts.length) return null;
  return (c) => parts.every((f) => f(c));
}
