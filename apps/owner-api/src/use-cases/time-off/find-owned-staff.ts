import { and, eq, isNull, shops, staff, type Database, type Staff } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/**
 * A current staff member of one of the caller's current shops; another owner's staff member, a
 * deleted one and an unknown id are the same 404.
 * @throws NotFoundError('Staff member')
 */
export async function findOwnedStaff(ctx: { db: Database; ownerId: string }, staffId: string): Promise<Staff> {
  const [found] = await ctx.db
    .select({ member: staff })
    .from(staff)
    .innerJoin(shops, eq(shops.id, staff.shopId))
    .where(and(eq(staff.id, staffId), isNull(staff.deletedAt), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!found) throw new NotFoundError('Staff member');
  return found.member;
}
