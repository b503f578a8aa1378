import { ok, type Result } from '@salon/errors';
import { compileOverrides } from './_internal/compile-overrides';
import { compileRules } from './_internal/compile-rules';
import { compileStaff } from './_internal/compile-staff';
import { DAY_MS, MINUTE_MS } from './_internal/constants';
import { createIsoFormatter } from './_internal/create-iso-formatter';
import { type Range } from './_internal/create-range-index';
import { indexRanges } from './_internal/index-ranges';
import { intersectWindows } from './_internal/intersect-windows';
import { readDateRange } from './_internal/read-date-range';
import { readZoneClock } from './_internal/read-zone-clock';
import { subtractRanges } from './_internal/subtract-ranges';
import { shopBoundOn, windowsOn } from './_internal/windows-on';
import { type DateRange, type LocalDate, type ScheduleError, type ScheduleInput } from './types';

/** What working time depends on: hours, overrides and time off, but no service, policy or bookings. */
export type WorkingTimeInput = Pick<ScheduleInput, 'timeZone' | 'openingHours' | 'staff' | 'overrides' | 'timeOff'>;

/** One staff member's working time on one local date, as UTC instants (`…Z`), time off removed. */
export type WorkingDay = {
  localDate: LocalDate;
  staffId: string;
  /** Half-open `[start, end)` stretches, in time order; empty on a day off. */
  windows: { start: string; end: string }[];
  /** Real minutes in `windows` (a window across a DST change counts the hour it gained or lost). */
  minutes: number;
};

/**
 * Every staff member's working windows on a range of shop-local dates: their rules or that date's
 * override, bounded by the shop's opening hours, minus time off (rules 1 and 2). The same windows
 * `listSlots` lays its grid in, so calendar views and utilisation agree with the slots offered.
 * Pure. Staff in id order, dates in order.
 *
 * @example
 * listWorkingWindows({ timeZone: 'Europe/London', openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '17:00' }],
 *   staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '08:00', end: '12:00' }] }], overrides: [], timeOff: [] },
 *   { from: '2026-03-30', to: '2026-03-30' });
 * // ok: [{ localDate: '2026-03-30', staffId: 'ann', windows: [{ start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T11:00:00.000Z' }], minutes: 180 }]
 */
export function listWorkingWindows(input: WorkingTimeInput, range: DateRange): Result<WorkingDay[], ScheduleError> {
  const days = readDateRange(range);
  if (!days.ok) return days;
  const clock = readZoneClock(input.timeZone);
  if (!clock.ok) return clock;
  const ruleRange = { fromDay: days.value.fromDay - 1, toDay: days.value.toDay + 1, cache: new Map(), clock: clock.value };
  const shopRules = compileRules(input.openingHours, 'openingHours', ruleRange);
  if (!shopRules.ok) return shopRules;
  const staffRules = compileStaff(input.staff, ruleRange);
  if (!staffRules.ok) return staffRules;
  const overrides = compileOverrides(input.overrides);
  if (!overrides.ok) return overrides;
  const staffIds = [...staffRules.value.keys()].sort();
  const bounds = { fromMs: (days.value.fromDay - 1) * DAY_MS, toMs: (days.value.toDay + 2) * DAY_MS };
  const timeOff = indexRanges(input.timeOff, 'timeOff', { ...bounds, staffIds: new Set(staffIds), hasBookingId: false });
  if (!timeOff.ok) return timeOff;
  const format = createIsoFormatter();
  const shop = { rules: shopRules.value, overrides: overrides.value.shop };
  const result: WorkingDay[] = [];
  for (let day = days.value.fromDay; day <= days.value.toDay; day += 1) {
    // The shop bound reaches into the next date and takes the previous date's overnight windows: a staff window may cross midnight.
    const shopWindows = shopBoundOn(clock.value, shop, day);
    const localDate = format.utc(day * DAY_MS).slice(0, 10);
    for (const staffId of staffIds) {
      const calendar = { rules: staffRules.value.get(staffId) ?? [], overrides: overrides.value.staff.get(staffId) ?? new Map() };
      const instants: Range[] = intersectWindows(shopWindows, windowsOn(clock.value, calendar, day));
      const working = subtractRanges(instants, timeOff.value.get(staffId) ?? []);
      result.push({
        localDate,
        staffId,
        windows: working.map((window) => ({ start: format.utc(window.start), end: format.utc(window.end) })),
        minutes: working.reduce((sum, window) => sum + (window.end - window.start) / MINUTE_MS, 0),
      });
    }
  }
  return ok(result);
}
