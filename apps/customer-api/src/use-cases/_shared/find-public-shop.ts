import { and, eq, executePrepared, isNull, shops, sql, tableRow, type Database, type Shop } from '@salon/db';
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
  // Raw and prepared (one round trip, no parse, no query building): every public read and every
  // hit of the slot answers starts here, so it is the hot path's one statement.
  const [row] = await executePrepared(ctx.db, sql`
    select sh.*, v.version as salon_cache_version
    from shops sh left join shop_cache_versions v on v.shop_id = sh.id
    where sh.id = ${shopId} and sh.is_active and sh.deleted_at is null
    limit 1`);
  if (!row) throw new NotFoundError('Shop');
  return { ...tableRow(shops, row), cacheVersion: Number(row['salon_cache_version'] ?? 0) };
}
