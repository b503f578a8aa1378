import { and, eq, isNull, staff, type Database } from '@salon/db';
import { ValidationError } from '@salon/errors';

/**
 * A staffId given in a body must name a current staff member of that shop; anything else (another
 * shop's staff, a deleted one, an unknown id) is a 400 on the field, never a hint that it exists.
 * @throws ValidationError on `body.staffId`
 */
export async function requireShopStaff(ctx: { db: Database }, shopId: string, staffId: string): Promise<void> {
  const [member] = await ctx.db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.shopId, shopId), isNull(staff.deletedAt)))
    .limit(1);
  if (!member) {
    const message = 'Not a staff member of this shop.';
    throw new ValidationError(`body.staffId is invalid: ${message}`, [{ path: 'body.staffId', message }]);
  }
}
