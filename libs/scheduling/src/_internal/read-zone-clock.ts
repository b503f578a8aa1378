import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { createZoneClock, type ZoneClock } from './create-zone-clock';
import { fail } from './fail';

/** `input.timeZone` → its clock, or an `invalid_time_zone` error for a zone the runtime does not know. */
export function readZoneClock(timeZone: string): Result<ZoneClock, ScheduleError> {
  const clock = createZoneClock(timeZone);
  if (!clock) return fail('invalid_time_zone', `timeZone ${String(timeZone)} is not an IANA zone.`, 'timeZone');
  return ok(clock);
}
