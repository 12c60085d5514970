import { z } from 'zod';

/** Machine-readable error codes; the HTTP status goes with each (see ARCHITECTURE.md). */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'not_found',
  'conflict',
  'unprocessable',
  'too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'too_many_requests',
  'broker_unavailable',
  'registry_unavailable',
  'broker_auth_failed',
  'timeout',
  'config_invalid',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The one error shape every API route answers with; the code is one of ours (the browser parses it so). */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
  }),
});
