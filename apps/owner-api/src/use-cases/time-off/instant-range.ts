import { ValidationError } from '@salon/errors';

/** Time off and its listings span at most this many days. */
export const MAX_TIME_OFF_DAYS = 366;
export const DAY_MS = 86_400_000;

/**
 * Checks an instant range `[start, end)`: end after start and at most MAX_TIME_OFF_DAYS long.
 * `fields` are the request fields named in the error, e.g. `body.end`.
 * @throws ValidationError
 */
export function checkInstantRange(start: Date, end: Date, endField: string): void {
  if (end.getTime() <= start.getTime()) throw invalid(endField, 'Must be after the start.');
  if (end.getTime() - start.getTime() > MAX_TIME_OFF_DAYS * DAY_MS) {
    throw invalid(endField, `Must be at most ${MAX_TIME_OFF_DAYS} days after the start.`);
  }
}

/** An RFC 3339 string the contract accepted, as a Date; a date that does not exist is a 400 on its field. */
export function readInstant(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(field, 'Not a real instant.');
  return date;
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(`${path} is invalid: ${message}`, [{ path, message }]);
}

