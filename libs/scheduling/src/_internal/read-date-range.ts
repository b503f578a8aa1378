import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { MAX_RANGE_DAYS } from './constants';
import { fail } from './fail';
import { parseLocalDate } from './parse-local-date';

/** `{ from, to }` local dates → inclusive day numbers, at most MAX_RANGE_DAYS long. */
export function readDateRange(range: unknown): Result<{ fromDay: number; toDay: number }, ScheduleError> {
  if (typeof range !== 'object' || range === null) return fail('invalid_type', 'range must be an object.', 'range');
  const { from, to } = range as { from?: unknown; to?: unknown };
  const fromDay = parseLocalDate(from);
  if (fromDay === undefined) return fail('invalid_date', 'from must be "YYYY-MM-DD".', 'from');
  const toDay = parseLocalDate(to);
  if (toDay === undefined) return fail('invalid_date', 'to must be "YYYY-MM-DD".', 'to');
  if (toDay < fromDay) return fail('invalid_range', 'to must not be before from.', 'to');
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) {
    return fail('range_too_long', `A range may cover at most ${MAX_RANGE_DAYS} days.`, 'to');
  }
  return ok({ fromDay, toDay });
}
