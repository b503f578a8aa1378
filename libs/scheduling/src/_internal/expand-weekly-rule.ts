import { err, ok, type Result } from '@salon/errors';
import { RRule } from './rrule';
import { DAY_MS } from './constants';
import { type WeeklyRuleOptions } from './parse-weekly-rule';

/**
 * The local dates (days since 1970-01-01) in `[fromDay, toDay]` on which a weekly rule occurs.
 *
 * rrule runs floating (no tzid): its `Date`s carry the shop-local calendar in their UTC fields and
 * never leave this function. DTSTART is moved forward by whole periods (7 × INTERVAL days) to the
 * queried weeks: the dates found are the same, and rrule need not iterate from an old DTSTART.
 */
export function expandWeeklyRule(
  options: WeeklyRuleOptions,
  fromDay: number,
  toDay: number,
): Result<ReadonlySet<number>, string> {
  const interval = options.interval;
  const periodMs = 7 * interval * DAY_MS;
  let dtstart = options.dtstart ?? new Date(fromDay * DAY_MS);
  const periodsBehind = Math.floor((fromDay * DAY_MS - dtstart.getTime()) / periodMs);
  if (periodsBehind > 0) dtstart = new Date(dtstart.getTime() + periodsBehind * periodMs);
  try {
    const rule = new RRule({ ...options, dtstart });
    const occurrences = rule.between(new Date(fromDay * DAY_MS), new Date((toDay + 1) * DAY_MS - 1), true);
    return ok(new Set(occurrences.map((date) => Math.floor(date.getTime() / DAY_MS))));
  } catch (error) {
    return err(`rrule cannot be expanded: ${(error as Error).message}`);
  }
}
