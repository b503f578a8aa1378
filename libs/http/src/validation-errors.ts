import { AppError, type ErrorDetail } from '@salon/errors';
import { type RequestValidationError } from '@ts-rest/express';
import { type ZodError, type ZodIssue } from 'zod';

type Query = Record<string, unknown>;

/**
 * `?limit=1&limit=2` arrives as an array, which zod describes as "Expected number, received nan"
 * (or "received array"): say what is wrong instead, for every query parameter of every route.
 */
function messageOf(where: string, issue: ZodIssue, query: Query): string {
  const [name] = issue.path;
  if (where === 'query' && issue.path.length === 1 && typeof name === 'string' && Array.isArray(query[name])) {
    return `Give ${name} once: a single value is expected.`;
  }
  return issue.message;
}

const detailsOf = (where: string, error: ZodError | null, query: Query): ErrorDetail[] =>
  (error?.issues ?? []).map((issue) => ({
    path: [where, ...issue.path].join('.'),
    message: messageOf(where, issue, query),
  }));

/**
 * One detail per field. zod reports every failed check of a field (a phone that is too short
 * and not a phone number is two issues on one path): their distinct messages are joined.
 */
function onePerField(details: ErrorDetail[]): ErrorDetail[] {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of details) {
    const messages = byPath.get(path) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byPath.set(path, messages);
  }
  return [...byPath].map(([path, messages]) => ({ path, message: messages.join(' ') }));
}

/** ts-rest's request validation failure as our 400 validation_failed, one detail per field. */
export function toValidationAppError(error: RequestValidationError, query: Query = {}): AppError {
  const details = onePerField([
    ...detailsOf('params', error.pathParams, query),
    ...detailsOf('headers', error.headers, query),
    ...detailsOf('query', error.query, query),
    ...detailsOf('body', error.body, query),
  ]);
  const fields = details.map((detail) => detail.path).join(', ');
  return new AppError('validation_failed', `Some fields are invalid: ${fields}.`, { details });
}
