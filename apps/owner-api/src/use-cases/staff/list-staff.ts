import { and, asc, eq, isNull, staff, type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { toOwnerStaff } from './staff-view';

/** Everyone at one of the caller's shops, inactive too, not deleted (GET /shops/:shopId/staff). */
export async function listStaff({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: { shopId: string } }) {
  const shop = await findOwnedShop(ctx, input.shopId);
  const members = await ctx.db
    .select()
    .from(staff)
    .where(and(eq(staff.shopId, shop.id), isNull(staff.deletedAt)))
    .orderBy(asc(staff.createdAt), asc(staff.id));
  return { items: await toOwnerStaff(ctx.db, members, shop.currency) };
}
