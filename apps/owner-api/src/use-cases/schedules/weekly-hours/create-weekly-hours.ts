import { type CreateWeeklyHoursBody, type WeeklyHours } from '@salon/contracts-owner';
import { weeklyHours } from '@salon/db';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { requireShopStaff } from '../_shared/require-shop-staff';
import { checkWeeklyRule, ruleOfDays } from './check-weekly-rule';
import { toWeeklyHoursView } from './to-weekly-hours-view';

/**
 * Adds a weekly window to the shop's opening hours (no staffId) or a staff member's hours.
 * @throws NotFoundError for a shop that is not the caller's; ValidationError for a staffId outside
 * the shop or a rule the engine cannot compute
 */
export async function createWeeklyHours({ ctx, input }: { ctx: OwnerContext; input: CreateWeeklyHoursBody }): Promise<WeeklyHours> {
  const shop = await findOwnedShop(ctx, input.shopId);
  if (input.staffId) await requireShopStaff(ctx, shop.id, input.staffId);
  const rule = checkWeeklyRule(
    {
      rrule: input.rrule ?? ruleOfDays(input.daysOfWeek ?? []),
      start: input.startTime,
      end: input.endTime,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
    },
    input.rrule === undefined ? 'daysOfWeek' : 'rrule',
  );
  const [row] = await ctx.db
    .insert(weeklyHours)
    .values({
      shopId: shop.id,
      staffId: input.staffId ?? null,
      rrule: rule.rrule,
      startLocal: input.startTime,
      endLocal: input.endTime,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toWeeklyHoursView(row);
}
