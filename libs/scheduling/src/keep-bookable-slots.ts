import { ok, type Result } from '@salon/errors';
import { fail } from './_internal/fail';
import { isWithinPolicy } from './_internal/is-within-policy';
import { parseInstant } from './_internal/parse-instant';
import { validatePolicy } from './_internal/validate-policy';
import { type BookingPolicy, type InstantInput, type ScheduleError } from './types';

/**
 * The slots of a list computed earlier that are still bookable at `now` under `policy`: those
 * starting no sooner than now + `minNoticeMinutes` and no later than now + `maxAdvanceDays`
 * (rule 6, the same predicate `listSlots` and `checkSlot` apply). Rule 6 is the only part of a
 * listing that depends on `now`, so a list computed with a policy that lets every start through
 * (notice 0, `now` before the range, an advance beyond it), then kept by this at the real `now`,
 * equals `listSlots` at that `now`: what makes a slot list cacheable across time.
 *
 * Pure. Order is kept; the input is not mutated.
 *
 * @example
 * keepBookableSlots(cachedSlots, { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 60 }, new Date())
 * // ok: the cached slots starting between now + 60 min and now + 60 days
 */
export function keepBookableSlots<S extends { start: string }>(
  slots: readonly S[],
  policy: BookingPolicy,
  now: InstantInput,
): Result<S[], ScheduleError> {
  const nowMs = parseInstant(now);
  if (nowMs === undefined) return fail('invalid_instant', 'now must be an ISO instant or Date.', 'now');
  const bounds = validatePolicy(policy, nowMs);
  if (!bounds.ok) return bounds;
  return ok(
    slots.filter((slot) => {
      const startMs = parseInstant(slot.start);
      return startMs !== undefined && isWithinPolicy(bounds.value, startMs) === 'ok';
    }),
  );
}
