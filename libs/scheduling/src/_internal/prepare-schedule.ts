import { ok, type Result } from '@salon/errors';
import { type ScheduleError, type ScheduleInput } from '../types';
import { buildPerformers } from './build-performers';
import { compileOverrides } from './compile-overrides';
import { compileRules, type RuleRange } from './compile-rules';
import { compileStaff } from './compile-staff';
import { DAY_MS } from './constants';
import { createIsoFormatter } from './create-iso-formatter';
import { type Range } from './create-range-index';
import { fail } from './fail';
import { indexRanges } from './index-ranges';
import { parseInstant } from './parse-instant';
import { readZoneClock } from './read-zone-clock';
import { type Schedule } from './schedule';
import { validatePolicy } from './validate-policy';
import { validateService } from './validate-service';
import { shopBoundOn } from './windows-on';

export type PrepareOptions = { fromDay: number; toDay: number; ignoreBookingId?: string };

/**
 * Validates the whole input (bad input is an error result, never a throw) and indexes what the
 * queried local dates need: rule dates, overrides, per-staff time off and occupied ranges.
 */
export function prepareSchedule(input: ScheduleInput, options: PrepareOptions): Result<Schedule, ScheduleError> {
  if (typeof input !== 'object' || input === null) return fail('invalid_type', 'input must be an object.', '');
  const clock = readZoneClock(input.timeZone);
  if (!clock.ok) return clock;
  const nowMs = parseInstant(input.now);
  if (nowMs === undefined) return fail('invalid_instant', 'now must be an ISO instant or Date.', 'now');
  const limits = validatePolicy(input.policy, nowMs);
  if (!limits.ok) return limits;
  const service = validateService(input.service);
  if (!service.ok) return service;
  // A day before (its overnight windows reach into the first date) and after (a service may run into it).
  const range: RuleRange = { fromDay: options.fromDay - 1, toDay: options.toDay + 1, cache: new Map(), clock: clock.value };
  const shopRules = compileRules(input.openingHours, 'openingHours', range);
  if (!shopRules.ok) return shopRules;
  const staffRules = compileStaff(input.staff, range);
  if (!staffRules.ok) return staffRules;
  const overrides = compileOverrides(input.overrides);
  if (!overrides.ok) return overrides;
  const staffIds = new Set(service.value.durations.keys());
  const { durations, patterns, bufferBeforeMs, bufferAfterMs } = service.value;
  // Ranges outside these bounds cannot touch a slot on the queried dates: a local date spans at
  // most a day either side in UTC, and a slot holds its staff for buffers plus the service.
  const fromMs = (options.fromDay - 1) * DAY_MS - bufferBeforeMs;
  const toMs = (options.toDay + 2) * DAY_MS + Math.max(0, ...durations.values()) + bufferAfterMs;
  const ranges = indexStaffRanges(input, { staffIds, fromMs, toMs }, options.ignoreBookingId);
  if (!ranges.ok) return ranges;
  const staff = { staffRules: staffRules.value, overrides: overrides.value };
  const performers = buildPerformers({ durations, patterns, ...staff, ...ranges.value });
  const shop = { rules: shopRules.value, overrides: overrides.value.shop };
  const shopWindows = new Map<number, Range[]>();
  return ok({
    clock: clock.value,
    shopWindows: (day: number) => {
      let windows = shopWindows.get(day);
      if (!windows) shopWindows.set(day, (windows = shopBoundOn(clock.value, shop, day)));
      return windows;
    },
    format: createIsoFormatter(),
    shop,
    performers,
    performerIds: staffIds,
    bufferBeforeMs,
    bufferAfterMs,
    ...limits.value,
  });
}

type StaffRanges = { timeOff: Map<string, Range[]>; busy: Map<string, Range[]> };

function indexStaffRanges(
  input: ScheduleInput,
  bounds: { staffIds: ReadonlySet<string>; fromMs: number; toMs: number },
  ignoreBookingId: string | undefined,
): Result<StaffRanges, ScheduleError> {
  const timeOff = indexRanges(input.timeOff, 'timeOff', { ...bounds, hasBookingId: false });
  if (!timeOff.ok) return timeOff;
  const busy = indexRanges(input.occupied, 'occupied', { ...bounds, hasBookingId: true, ignoreBookingId });
  if (!busy.ok) return busy;
  return ok({ timeOff: timeOff.value, busy: busy.value });
}
