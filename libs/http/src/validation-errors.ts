import { AppError, type ErrorDetail } from '@salon/errors';
import { type RequestValidationError } from '@ts-rest/express';
import { type ZodError } from 'zod';

const detailsOf = (where: string, error: ZodError | null): ErrorDetail[] =>
  (error?.issues ?? []).map((issue) => ({
    path: [where, ...issue.path].join('.'),
    message: issue.message,
  }));

/** ts-rest's request validation failure as our 400 validation_failed, one detail per field. */
export function toValidationAppError(error: RequestValidationError): AppError {
  const details = [
    ...detailsOf('params', error.pathParams),
    ...detailsOf('headers', error.headers),
    ...detailsOf('query', error.query),
    ...detailsOf('body', error.body),
  ];
  const fields = details.map((detail) => detail.path).join(', ');
  return new AppError('validation_failed', `Some fields are invalid: ${fields}.`, { details });
}
