import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { DAY_MS, MAX_ADVANCE_DAYS, MINUTE_MS, MINUTES_PER_DAY } from './constants';
import { fail } from './fail';
import { readWholeNumber } from './read-whole-number';

export type PolicyLimits = { intervalMs: number; earliestStartMs: number; latestStartMs: number; isGapless: boolean };

/** Validates the booking policy and turns it into the bounds of rule 6 for this `now`. */
export function validatePolicy(policy: unknown, nowMs: number): Result<PolicyLimits, ScheduleError> {
  if (typeof policy !== 'object' || policy === null) return fail('invalid_type', 'policy must be an object.', 'policy');
  const { slotIntervalMinutes, minNoticeMinutes, maxAdvanceDays, startAlignment } = policy as Record<string, unknown>;
  if (startAlignment !== undefined && startAlignment !== 'grid' && startAlignment !== 'gapless') {
    return fail('invalid_type', 'policy.startAlignment must be "grid" or "gapless".', 'policy.startAlignment');
  }
  const interval = readWholeNumber(slotIntervalMinutes, 'policy.slotIntervalMinutes', 1, MINUTES_PER_DAY);
  if (!interval.ok) return interval;
  const notice = readWholeNumber(minNoticeMinutes, 'policy.minNoticeMinutes', 0, MAX_ADVANCE_DAYS * MINUTES_PER_DAY);
  if (!notice.ok) return notice;
  const advance = readWholeNumber(maxAdvanceDays, 'policy.maxAdvanceDays', 0, MAX_ADVANCE_DAYS);
  if (!advance.ok) return advance;
  return ok({
    intervalMs: interval.value * MINUTE_MS,
    earliestStartMs: nowMs + notice.value * MINUTE_MS,
    latestStartMs: nowMs + advance.value * DAY_MS,
    isGapless: startAlignment === 'gapless',
  });
}
