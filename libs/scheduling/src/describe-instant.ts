import { ok, type Result } from '@salon/errors';
import { createIsoFormatter } from './_internal/create-iso-formatter';
import { fail } from './_internal/fail';
import { parseInstant } from './_internal/parse-instant';
import { readZoneClock } from './_internal/read-zone-clock';
import { type InstantInput, type LocalDate, type ScheduleError } from './types';

/** An instant spelled in UTC and on the shop's wall clock. */
export type InstantInZone = { start: string; localStart: string; localDate: LocalDate };

/**
 * An instant as the engine spells slot starts: UTC ISO, shop-local ISO with its offset, and the
 * shop-local date it falls on. For callers that must show or file an instant the engine did not
 * produce (a booking outside working time, "today" in the shop's zone).
 *
 * @example
 * describeInstant('2026-03-30T08:00:00Z', 'Europe/London');
 * // { ok: true, value: { start: '2026-03-30T08:00:00.000Z', localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30' } }
 */
export function describeInstant(instant: InstantInput, timeZone: string): Result<InstantInZone, ScheduleError> {
  const ms = parseInstant(instant);
  if (ms === undefined) return fail('invalid_instant', 'instant must be an ISO instant or Date.', 'instant');
  const clock = readZoneClock(timeZone);
  if (!clock.ok) return clock;
  const format = createIsoFormatter();
  const localStart = format.local(ms, clock.value.offsetAt(ms));
  return ok({ start: format.utc(ms), localStart, localDate: localStart.slice(0, 10) });
}
