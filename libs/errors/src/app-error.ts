import { type ErrorCode } from './error-code';

/** One field-level problem, as carried in `error.details`. */
export type ErrorDetail = { path: string; message: string };

export type AppErrorOptions = {
  /** The worker retries a retryable error with backoff and dead-letters the rest. */
  retryable?: boolean;
  cause?: unknown;
  details?: ErrorDetail[];
  /** Extra HTTP headers the edge sends with this error (e.g. Retry-After). */
  headers?: Record<string, string>;
};

/**
 * An expected failure with a code from the closed set. Its message is shown to the caller,
 * so it must never contain SQL, stack traces or another tenant's data.
 */
export class AppError extends Error {
  readonly retryable: boolean;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    opts: AppErrorOptions = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.retryable = opts.retryable ?? false;
    this.details = opts.details ?? [];
    this.headers = opts.headers ?? {};
  }
}

/** Unknown ids and ids of another tenant look the same: never reveal that a row exists. */
export class NotFoundError extends AppError {
  constructor(entity: string) {
    super('not_found', `${entity} not found.`);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super('validation_failed', message, { details });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do that.') {
    super('forbidden', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('unauthenticated', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
