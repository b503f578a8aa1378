import { ok, type Result } from '@salon/errors';
import { MINUTE_MS } from './_internal/constants';
import { fail } from './_internal/fail';
import { parseInstant } from './_internal/parse-instant';
import { localDaySpan } from './local-day-span';
import { type InstantInput, type LocalDate, type ScheduleError, type Service, type StartAlignment } from './types';

/** Beyond the exact reach, so a range that only touches it (a gapless start's edge) is kept too. */
const MARGIN_MS = 60 * MINUTE_MS;

type ReachInput = {
  /** The start's local date in `timeZone` (IANA). */
  date: LocalDate;
  timeZone: string;
  service: Pick<Service, 'durationMinutes' | 'bufferBeforeMinutes' | 'bufferAfterMinutes' | 'staff'>;
  /** With `staffId` and grid alignment: the start checked, which narrows the reach to its own time. */
  start?: InstantInput;
  staffId?: string;
  startAlignment?: StartAlignment;
};

/**
 * The UTC instants (epoch ms, half-open) whose time off and occupied ranges `checkSlot` can read
 * for a start on local date `date`, so a loader may drop every range outside them and checkSlot
 * answers the same (check-slot-reach.test.ts holds it to that):
 * - in general, the date (DST days included) from the buffer before to the longest performer's
 *   duration plus the buffer after: candidates start within it, and rule 5 counts the date's
 *   bookings. A day and a bit, where a zone-blind margin reads five days.
 * - a named stylist on the grid (no gapless alignment, whose starts follow the day's bookings,
 *   and no choice among stylists to count for): only the start's own buffer-to-buffer time,
 *   a few holds where a fully booked day has dozens.
 * An hour's margin either side. Errors: invalid_time_zone, invalid_date, invalid_instant (start).
 */
export function checkSlotReach(input: ReachInput): Result<{ startMs: number; endMs: number }, ScheduleError> {
  const { service } = input;
  const longest = Math.max(service.durationMinutes, ...service.staff.map((performer) => performer.durationMinutes ?? 0));
  const before = service.bufferBeforeMinutes * MINUTE_MS + MARGIN_MS;
  const after = (longest + service.bufferAfterMinutes) * MINUTE_MS + MARGIN_MS;
  if (input.staffId !== undefined && input.start !== undefined && input.startAlignment !== 'gapless') {
    const startMs = parseInstant(input.start);
    if (startMs === undefined) return fail('invalid_instant', 'start must be an ISO instant or Date.', 'start');
    return ok({ startMs: startMs - before, endMs: startMs + after });
  }
  const day = localDaySpan(input.date, input.timeZone);
  if (!day.ok) return day;
  return ok({ startMs: day.value.startMs - before, endMs: day.value.endMs + after });
}
