import { type UpdateWeeklyHoursBody, type WeeklyHours } from '@salon/contracts-owner';
import { eq, weeklyHours } from '@salon/db';
import { type OwnerContext } from '../../../routes/owner-context';
import { checkWeeklyRule, ruleOfDays } from './check-weekly-rule';
import { findOwnedWeeklyHours } from './find-owned-weekly-hours';
import { toWeeklyHoursView } from './to-weekly-hours-view';

/**
 * Changes some fields of a weekly row; the merged row is validated by the engine as a whole, so
 * moving only `endTime` onto the stored `startTime` is refused on `body.endTime` (an end before the
 * start is an overnight window, ending on the next date). `daysOfWeek`
 * replaces the whole rule. Bookings are never touched: see the conflicts list.
 * @throws NotFoundError for a row that is not the caller's; ValidationError
 */
export async function updateWeeklyHours({
  ctx,
  input,
}: {
  ctx: OwnerContext;
  input: { id: string; changes: UpdateWeeklyHoursBody };
}): Promise<WeeklyHours> {
  const current = await findOwnedWeeklyHours(ctx, input.id);
  const { changes } = input;
  const merged = {
    rrule: changes.rrule ?? (changes.daysOfWeek ? ruleOfDays(changes.daysOfWeek) : current.rrule),
    start: changes.startTime ?? current.startLocal,
    end: changes.endTime ?? current.endLocal,
    validFrom: changes.validFrom === undefined ? current.validFrom : changes.validFrom,
    validUntil: changes.validUntil === undefined ? current.validUntil : changes.validUntil,
  };
  const rule = checkWeeklyRule(merged, changes.daysOfWeek ? 'daysOfWeek' : 'rrule');
  const [row] = await ctx.db
    .update(weeklyHours)
    .set({ rrule: rule.rrule, startLocal: merged.start, endLocal: merged.end, validFrom: merged.validFrom, validUntil: merged.validUntil })
    .where(eq(weeklyHours.id, current.id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return toWeeklyHoursView(row);
}
