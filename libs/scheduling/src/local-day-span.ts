import { ok, type Result } from '@salon/errors';
import { DAY_MS } from './_internal/constants';
import { fail } from './_internal/fail';
import { parseLocalDate } from './_internal/parse-local-date';
import { readZoneClock } from './_internal/read-zone-clock';
import { type LocalDate, type ScheduleError } from './types';

/**
 * The UTC instants (epoch milliseconds) local date `date` begins and ends at in IANA zone
 * `timeZone`, half-open: 23 or 25 hours long on a DST day. It is the engine's own clock (the one
 * `checkSlot` bounds a date with), so a loader can read only the rows a check of that date can see.
 * @example localDaySpan('2026-03-29', 'Europe/London')
 * // ok: { startMs: Date.parse('2026-03-29T00:00:00Z'), endMs: Date.parse('2026-03-29T23:00:00Z') }
 */
export function localDaySpan(date: LocalDate, timeZone: string): Result<{ startMs: number; endMs: number }, ScheduleError> {
  const clock = readZoneClock(timeZone);
  if (!clock.ok) return clock;
  const day = parseLocalDate(date);
  if (day === undefined) return fail('invalid_date', 'date must be a local date (YYYY-MM-DD).', 'date');
  return ok({ startMs: clock.value.toInstant(day * DAY_MS), endMs: clock.value.toInstant((day + 1) * DAY_MS) });
}
