// The CEL environment of message filters, shared by the server (which checks an expression before a read
// starts: a 400 that points at the error) and the filter worker (which runs it). Plain JavaScript: the
// worker is started as a file of its own, outside the server bundle's TypeScript.
import { Environment } from '@marcbachmann/cel-js';

/** Parse-time bounds: an expression is at most this big and this deep. */
const LIMITS = {
  maxAstNodes: 2000,
  maxDepth: 60,
  maxListElements: 500,
  maxMapEntries: 500,
  maxCallArguments: 16,
};

export function filterEnvironment() {
  return new Environment({ limits: LIMITS })
    .registerVariable('key', 'dyn')
    .registerVariable('value', 'dyn')
    .registerVariable('headers', 'map<string, string>')
    .registerVariable('partition', 'int')
    .registerVariable('offset', 'int')
    .registerVariable('timestamp', 'int');
}
