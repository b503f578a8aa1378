import { isDatabaseUnavailable } from '@salon/db';
import { AppError } from '@salon/errors';

/** A database that is down or not migrated yet is a 503 to retry, not a 500 bug report. */
export function classifyDatabaseError(error: unknown): AppError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return new AppError('unavailable', 'The service is starting up or briefly unavailable. Try again shortly.', {
    retryable: true,
    cause: error,
    headers: { 'Retry-After': '5' },
  });
}
