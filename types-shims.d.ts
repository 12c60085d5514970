// kafkajs internals used by tests and lib/kafka/wire/internals.ts ship without types.
declare module 'kafkajs/src/errors';
declare module 'kafkajs/src/protocol/error' {
  export function createErrorFromCode(code: number): Error;
  export function failure(code: number): boolean;
}
