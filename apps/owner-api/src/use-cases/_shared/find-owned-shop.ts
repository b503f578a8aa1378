import { and, eq, isNull, shops, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/**
 * The caller's shop, not deleted; another owner's shop and an unknown id are the same 404
 * (conventions.md: never reveal that a row exists). Inactive shops are the owner's to see.
 * @throws NotFoundError('Shop')
 */
export async function findOwnedShop(ctx: { db: Database; ownerId: string }, shopId: string): Promise<Shop> {
  const [shop] = await ctx.db
    .select()
    .from(shops)
    .where(and(eq(shops.id, shopId), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!shop) throw new NotFoundError('Shop');
  return shop;
}
