import { and, eq, isNull, shopCacheVersions, shops, sql, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/** The conditions that make a shop visible to customers: active and not deleted. */
export const isPublicShop = () => and(eq(shops.isActive, true), isNull(shops.deletedAt));

/** A public shop and its cache version (0 before its first change): the version every cache key of it carries. */
export type PublicShopRow = Shop & { cacheVersion: number };

/**
 * A shop anyone may see, with its cache version read in the same statement. Inactive, deleted and
 * unknown shops are the same 404: a customer cannot tell a shop closed for refurbishment from one
 * that never existed. Read this first in a request that caches: see docs/caching.md for why the
 * order makes the cache exact.
 * @throws NotFoundError('Shop')
 */
export async function findPublicShop(ctx: { db: Database }, shopId: string): Promise<PublicShopRow> {
  const [row] = await ctx.db
    .select({ shop: shops, cacheVersion: sql<string | number | null>`${shopCacheVersions.version}` })
    .from(shops)
    .leftJoin(shopCacheVersions, eq(shopCacheVersions.shopId, shops.id))
    .where(and(eq(shops.id, shopId), isPublicShop()))
    .limit(1);
  if (!row) throw new NotFoundError('Shop');
  return { ...row.shop, cacheVersion: Number(row.cacheVersion ?? 0) };
}
