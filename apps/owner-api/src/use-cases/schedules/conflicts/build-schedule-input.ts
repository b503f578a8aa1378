import { type Booking, type DateOverride as DateOverrideRow, type WeeklyHours } from '@salon/db';
import { type DateOverride, type ScheduleInput, type WeeklyRule } from '@salon/scheduling';
import { type ScheduleRows } from './load-schedule-rows';

/**
 * Booking-independent policy: every minute of a working window is a start, nothing is too soon,
 * nothing in the 90-day horizon is too far (730 is the engine's cap). So `checkSlot` answers only
 * "is this service inside its staff member's working time and outside their time off".
 */
const ANY_MINUTE_POLICY = { slotIntervalMinutes: 1, minNoticeMinutes: 0, maxAdvanceDays: 730 };

/**
 * The engine's input for judging one booking on its shop-local date: the shop's and the booking's
 * staff member's weekly rows valid that date, that date's overrides, the staff member's time off,
 * and the booking's own snapshot duration and buffers. Other bookings are left out: a conflict is
 * about working time, and the exclusion constraint already keeps bookings apart.
 */
export function buildScheduleInput(
  rows: ScheduleRows,
  booking: Booking,
  opts: { timeZone: string; localDate: string; now: Date },
): ScheduleInput {
  const validRules = (staffId: string | null) =>
    rows.weekly.filter((row) => row.staffId === staffId && isValidOn(row, opts.localDate)).map(toRule);
  return {
    timeZone: opts.timeZone,
    openingHours: validRules(null),
    staff: [{ id: booking.staffId, rules: validRules(booking.staffId) }],
    overrides: rows.overrides
      .filter((row) => row.date === opts.localDate && (row.staffId === null || row.staffId === booking.staffId))
      .map(toOverride),
    timeOff: rows.timeOff
      .filter((row) => row.staffId === booking.staffId)
      .map((row) => ({ staffId: row.staffId, start: row.startsAt, end: row.endsAt })),
    occupied: [],
    service: {
      durationMinutes: booking.durationMinutes,
      bufferBeforeMinutes: booking.bufferBeforeMinutes,
      bufferAfterMinutes: booking.bufferAfterMinutes,
      staff: [{ staffId: booking.staffId }],
    },
    policy: ANY_MINUTE_POLICY,
    now: opts.now,
  };
}

function isValidOn(row: WeeklyHours, localDate: string): boolean {
  return (row.validFrom === null || row.validFrom <= localDate) && (row.validUntil === null || localDate <= row.validUntil);
}

function toRule(row: WeeklyHours): WeeklyRule {
  return { rrule: row.rrule, start: row.startLocal, end: row.endLocal };
}

function toOverride(row: DateOverrideRow): DateOverride {
  const subject = row.staffId === null ? {} : { staffId: row.staffId };
  return row.isClosed
    ? { date: row.date, ...subject, kind: 'closed' }
    : { date: row.date, ...subject, kind: 'open', windows: row.windows };
}
