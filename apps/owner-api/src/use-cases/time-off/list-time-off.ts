import { type TimeOff } from '@salon/contracts-owner';
import { and, asc, eq, gt, lt, timeOff } from '@salon/db';
import { type OwnerContext } from '../../routes/owner-context';
import { findOwnedStaff } from './find-owned-staff';
import { checkInstantRange, DAY_MS, MAX_TIME_OFF_DAYS, readInstant } from './instant-range';
import { toTimeOffView } from './to-time-off-view';

/**
 * A staff member's time off overlapping `[from, to)`, by start then id. Defaults: from = now
 * (what is still to come or under way), to = from + 366 days; the range may not be longer.
 * @throws NotFoundError, ValidationError
 */
export async function listTimeOff({
  ctx,
  input,
}: {
  ctx: OwnerContext;
  input: { staffId: string; from?: string; to?: string };
}): Promise<{ items: TimeOff[] }> {
  const member = await findOwnedStaff(ctx, input.staffId);
  const from = input.from === undefined ? ctx.now() : readInstant(input.from, 'query.from');
  const to = input.to === undefined ? new Date(from.getTime() + MAX_TIME_OFF_DAYS * DAY_MS) : readInstant(input.to, 'query.to');
  checkInstantRange(from, to, 'query.to');
  const rows = await ctx.db
    .select()
    .from(timeOff)
    .where(and(eq(timeOff.staffId, member.id), gt(timeOff.endsAt, from), lt(timeOff.startsAt, to)))
    .orderBy(asc(timeOff.startsAt), asc(timeOff.id));
  return { items: rows.map(toTimeOffView) };
}
