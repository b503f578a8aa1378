import { and, eq, isNull, shops, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/** The conditions that make a shop visible to customers: active and not deleted. */
export const isPublicShop = () => and(eq(shops.isActive, true), isNull(shops.deletedAt));

/**
 * A shop anyone may see. Inactive, deleted and unknown shops are the same 404: a customer cannot
 * tell a shop closed for refurbishment from one that never existed.
 * @throws NotFoundError('Shop')
 */
export async function findPublicShop(ctx: { db: Database }, shopId: string): Promise<Shop> {
  const [shop] = await ctx.db.select().from(shops).where(and(eq(shops.id, shopId), isPublicShop())).limit(1);
  if (!shop) throw new NotFoundError('Shop');
  return shop;
}
