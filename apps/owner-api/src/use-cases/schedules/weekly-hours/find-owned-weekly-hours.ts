import { and, eq, isNull, shops, weeklyHours, type Database, type WeeklyHours } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/**
 * A weekly row of one of the caller's (not deleted) shops; another owner's row is the same 404 as
 * an unknown id.
 * @throws NotFoundError('Schedule')
 */
export async function findOwnedWeeklyHours(ctx: { db: Database; ownerId: string }, id: string): Promise<WeeklyHours> {
  const [found] = await ctx.db
    .select({ row: weeklyHours })
    .from(weeklyHours)
    .innerJoin(shops, eq(shops.id, weeklyHours.shopId))
    .where(and(eq(weeklyHours.id, id), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!found) throw new NotFoundError('Schedule');
  return found.row;
}
