import { eq, weeklyHours } from '@salon/db';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedWeeklyHours } from './find-owned-weekly-hours';

/**
 * Deletes a weekly row; bookings it covered stay (see the conflicts list).
 * @throws NotFoundError for a row that is not the caller's
 */
export async function deleteWeeklyHours({ ctx, input }: { ctx: OwnerContext; input: { id: string } }): Promise<void> {
  const row = await findOwnedWeeklyHours(ctx, input.id);
  await ctx.db.delete(weeklyHours).where(eq(weeklyHours.id, row.id));
}
