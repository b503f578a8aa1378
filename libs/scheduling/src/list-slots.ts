import { ok, type Result } from '@salon/errors';
import { collectDaySlots } from './_internal/collect-day-slots';
import { describeStart } from './_internal/describe-start';
import { timedSegments } from './_internal/timed-segments';
import { prepareSchedule } from './_internal/prepare-schedule';
import { readDateRange } from './_internal/read-date-range';
import { type DateRange, type ScheduleError, type ScheduleInput, type Slot } from './types';

/**
 * The bookable start times of a service on a range of shop-local dates, in time order, each with
 * the staff free for it. A slot listed here is one `checkSlot` accepts, and a time not listed is
 * one it refuses: both read the same per-date candidates.
 *
 * Pure: no clock (`input.now`), no I/O. Bad input is an error result, never a throw.
 *
 * @example
 * const result = listSlots(
 *   {
 *     timeZone: 'Europe/London',
 *     openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '18:00' }],
 *     staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }] }],
 *     overrides: [],
 *     timeOff: [],
 *     occupied: [],
 *     service: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, staff: [{ staffId: 'ann' }] },
 *     policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 60 },
 *     now: '2026-03-01T00:00:00Z',
 *   },
 *   { from: '2026-03-30', to: '2026-03-30' },
 * );
 * // result.ok === true; result.value[0] is
 * // { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z',
 * //   localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30',
 * //   staffIds: ['ann'], staff: [{ staffId: 'ann', end: '2026-03-30T09:00:00.000Z' }] }
 */
export function listSlots(input: ScheduleInput, range: DateRange): Result<Slot[], ScheduleError> {
  const days = readDateRange(range);
  if (!days.ok) return days;
  const schedule = prepareSchedule(input, days.value);
  if (!schedule.ok) return schedule;
  const { format } = schedule.value;
  const slots: Slot[] = [];
  for (let day = days.value.fromDay; day <= days.value.toDay; day += 1) {
    for (const candidate of collectDaySlots(schedule.value, day)) {
      const free = candidate.entries.filter((entry) => entry.isFree);
      const first = free[0];
      if (!first) continue;
      slots.push({
        ...describeStart(schedule.value, day, candidate.startMs),
        end: format.utc(first.endMs),
        staffIds: free.map((entry) => entry.staffId),
        staff: free.map((entry) => ({ staffId: entry.staffId, end: format.utc(entry.endMs) })),
      });
      const segments = timedSegments(schedule.value, first.staffId, candidate.startMs);
      if (segments) (slots[slots.length - 1] as Slot).segments = segments;
    }
  }
  return ok(slots);
}
