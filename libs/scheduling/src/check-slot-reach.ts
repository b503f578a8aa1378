import { ok, type Result } from '@salon/errors';
import { localDaySpan } from './local-day-span';
import { type LocalDate, type ScheduleError, type Service } from './types';

const MINUTE_MS = 60_000;
/** Beyond the exact reach, so a range that only touches it (a gapless start's edge) is kept too. */
const MARGIN_MS = 60 * MINUTE_MS;

/**
 * The UTC instants (epoch ms, half-open) whose time off and occupied ranges `checkSlot` can read
 * for a start on local date `date`: candidates start within the date (DST days included), each
 * holding its stylist from the buffer before to the longest performer's duration plus the buffer
 * after, and rule 5 counts the date's own bookings. A loader may drop every range outside it (a
 * day and a bit, where a zone-blind margin reads five days): checkSlot answers the same
 * (check-slot-reach.test.ts holds it to that).
 */
export function checkSlotReach(input: { date: LocalDate; timeZone: string; service: Pick<Service, 'durationMinutes' | 'bufferBeforeMinutes' | 'bufferAfterMinutes' | 'staff'> }): Result<{ startMs: number; endMs: number }, ScheduleError> {
  const day = localDaySpan(input.date, input.timeZone);
  if (!day.ok) return day;
  const { service } = input;
  const longest = Math.max(service.durationMinutes, ...service.staff.map((performer) => performer.durationMinutes ?? 0));
  return ok({
    startMs: day.value.startMs - service.bufferBeforeMinutes * MINUTE_MS - MARGIN_MS,
    endMs: day.value.endMs + (longest + service.bufferAfterMinutes) * MINUTE_MS + MARGIN_MS,
  });
}
