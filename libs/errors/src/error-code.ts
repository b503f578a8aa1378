/**
 * The closed set of error codes the APIs answer with (see shared conventions.md).
 * Adding a code means adding its status below; the exhaustive switch will not compile otherwise.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'unauthenticated',
  'forbidden',
  'plan_limit_reached',
  'not_found',
  'slot_unavailable',
  'conflict',
  'idempotency_in_progress',
  'payload_too_large',
  'headers_too_large',
  'unsupported_media_type',
  'idempotency_key_reused',
  'rate_limited',
  'internal',
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 431 | 500 | 503;

/** The one place an error code becomes an HTTP status. */
export function statusFor(code: ErrorCode): ErrorStatus {
  switch (code) {
    case 'validation_failed':
    case 'malformed_json':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
    case 'plan_limit_reached':
      return 403;
    case 'not_found':
      return 404;
    case 'slot_unavailable':
    case 'conflict':
    case 'idempotency_in_progress':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'headers_too_large':
      return 431;
    case 'unsupported_media_type':
      return 415;
    case 'idempotency_key_reused':
      return 422;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
  }
}
