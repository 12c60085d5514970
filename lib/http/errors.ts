import 'server-only';
import type { ErrorCode } from '@/lib/schemas/error';

// The one error type of the server: a code a client can act on, the HTTP status that goes with it, and a
// message a person understands. lib/kafka maps kafkajs's errors into it (lib/kafka/base/errors.ts); lib/auth and
// lib/http throw it directly; the route wrapper turns it into { error: { code, message } }.

export const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  broker_unavailable: 503,
  registry_unavailable: 503,
  broker_auth_failed: 503,
  timeout: 503,
  config_invalid: 503,
  internal: 500,
};

/** An error a person can read, with the code and HTTP status it maps to. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status() {
    return statusOf[this.code];
  }
}

/** A bad server setting (503 on every call that needs it): `why` names the variable, never its value. */
export const misconfigured = (why: string) =>
  new AppError('config_invalid', `Kafscope is misconfigured (${why}). Fix the environment and restart.`);
