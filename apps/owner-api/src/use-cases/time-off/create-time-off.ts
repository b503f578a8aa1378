import { type CreateTimeOffBody, type TimeOff } from '@salon/contracts-owner';
import { timeOff } from '@salon/db';
import { type OwnerContext } from '../../routes/owner-context';
import { findOwnedStaff } from './find-owned-staff';
import { checkInstantRange, readInstant } from './instant-range';
import { toTimeOffView } from './to-time-off-view';

/**
 * Records an absence of one of the caller's staff. Overlapping time off is allowed (the engine
 * joins it); bookings inside it are kept and show up in the conflicts list.
 * @throws NotFoundError for another owner's staff member; ValidationError for a bad range
 */
export async function createTimeOff({ ctx, input }: { ctx: OwnerContext; input: { staffId: string; body: CreateTimeOffBody } }): Promise<TimeOff> {
  const member = await findOwnedStaff(ctx, input.staffId);
  const start = readInstant(input.body.start, 'body.start');
  const end = readInstant(input.body.end, 'body.end');
  checkInstantRange(start, end, 'body.end');
  const [row] = await ctx.db
    .insert(timeOff)
    .values({ shopId: member.shopId, staffId: member.id, startsAt: start, endsAt: end, reason: input.body.reason ?? null })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toTimeOffView(row);
}
