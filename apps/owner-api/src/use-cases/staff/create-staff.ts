import { type CreateStaffBody } from '@salon/contracts-owner';
import { staff, type Database } from '@salon/db';
import { AppError } from '@salon/errors';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { toOneOwnerStaff } from './staff-view';

/** Adds a staff member to one of the caller's shops (POST /shops/:shopId/staff); no services yet. */
export async function createStaff({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { shopId: string; body: CreateStaffBody };
}) {
  const shop = await findOwnedShop(ctx, input.shopId);
  const [member] = await ctx.db.insert(staff).values({ ...input.body, shopId: shop.id }).returning();
  if (!member) throw new AppError('internal', 'The staff member was not created.');
  return toOneOwnerStaff(ctx.db, member, shop.currency);
}
