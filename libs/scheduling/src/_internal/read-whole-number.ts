import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { fail } from './fail';

/** A whole number within `[min, max]`, or an `invalid_number` error at `path`. */
export function readWholeNumber(value: unknown, path: string, min: number, max: number): Result<number, ScheduleError> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return fail('invalid_number', `${path} must be a whole number from ${min} to ${max}.`, path);
  }
  return ok(value);
}
