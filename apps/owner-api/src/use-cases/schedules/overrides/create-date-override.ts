import { type CreateDateOverrideBody, type DateOverride } from '@salon/contracts-owner';
import { dateOverrides, isUniqueViolation } from '@salon/db';
import { ConflictError } from '@salon/errors';
import { validateLocalWindows } from '@salon/scheduling';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { requireShopStaff } from '../_shared/require-shop-staff';
import { scheduleValidationError } from '../_shared/schedule-validation-error';
import { toDateOverrideView } from './to-date-override-view';

/**
 * Replaces one local date's hours for the shop or one staff member. There is one override per
 * date and subject: a second is a 409 `conflict` (delete the first to change it), so two owners'
 * devices never silently overwrite each other. Windows are checked by the engine.
 * @throws NotFoundError, ValidationError, ConflictError
 */
export async function createDateOverride({ ctx, input }: { ctx: OwnerContext; input: CreateDateOverrideBody }): Promise<DateOverride> {
  const shop = await findOwnedShop(ctx, input.shopId);
  if (input.staffId) await requireShopStaff(ctx, shop.id, input.staffId);
  const isClosed = input.isClosed === true;
  const windows = validateLocalWindows(isClosed ? [] : (input.windows ?? []));
  if (!windows.ok) throw scheduleValidationError(windows.error);
  try {
    const [row] = await ctx.db
      .insert(dateOverrides)
      .values({ shopId: shop.id, staffId: input.staffId ?? null, date: input.date, isClosed, windows: windows.value, reason: input.reason ?? null })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toDateOverrideView(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`There is already an override for ${input.date}${input.staffId ? ' for this staff member' : ''}: delete it first.`);
    }
    throw error;
  }
}
