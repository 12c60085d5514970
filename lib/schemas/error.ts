import { z } from 'zod';

/** The one error shape every API route answers with. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});

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
  'broker_auth_failed',
  'timeout',
  'config_invalid',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
