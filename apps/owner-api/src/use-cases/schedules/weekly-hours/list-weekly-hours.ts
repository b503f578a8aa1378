import { type WeeklyHours } from '@salon/contracts-owner';
import { and, asc, eq, isNull, or, sql, staff, weeklyHours } from '@salon/db';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { toWeeklyHoursView } from './to-weekly-hours-view';

/**
 * Every weekly row of the caller's shop, flat: opening hours (staffId null) first, then by staff
 * member, start time and id. Rows of deleted staff are left out: nobody works them.
 * @throws NotFoundError for a shop that is not the caller's
 */
export async function listWeeklyHours({ ctx, input }: { ctx: OwnerContext; input: { shopId: string } }): Promise<{ items: WeeklyHours[] }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const rows = await ctx.db
    .select({ row: weeklyHours })
    .from(weeklyHours)
    .leftJoin(staff, eq(staff.id, weeklyHours.staffId))
    .where(and(eq(weeklyHours.shopId, shop.id), or(isNull(weeklyHours.staffId), isNull(staff.deletedAt))))
    .orderBy(sql`${weeklyHours.staffId} nulls first`, asc(weeklyHours.startLocal), asc(weeklyHours.id));
  return { items: rows.map(({ row }) => toWeeklyHoursView(row)) };
}
