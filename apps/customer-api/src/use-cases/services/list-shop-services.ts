import { cacheKeys } from '@salon/cache';
import { and, asc, eq, services, type Database } from '@salon/db';
import { type ReadCache } from '../../read-cache';
import { afterCursor, toPage } from '../_shared/keyset-page';
import { findPublicShop } from '../_shared/find-public-shop';
import { readThrough } from '../_shared/read-through';
import { isPublicService, toPublicService } from './to-public-service';

/**
 * The active services of an active shop, in the order the shop added them (its menu order), one
 * page at a time. Serves both GET /shops/{id}/services and GET /services/shop/{shopId}. Cached
 * under the shop's cache version (any service or shop change bumps it), page size and cursor.
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function listShopServices({
  ctx,
  input,
}: {
  ctx: { db: Database; readCache?: ReadCache };
  input: { shopId: string; limit: number; cursor?: string };
}) {
  const after = afterCursor(services, input.cursor); // a bad cursor is a 400 before any lookup
  const shop = await findPublicShop(ctx, input.shopId);
  return readThrough(ctx.readCache, cacheKeys.shop(shop.id, shop.cacheVersion, 'services', input.limit, input.cursor), async () => {
    const rows = await ctx.db
      .select()
      .from(services)
      .where(and(eq(services.shopId, shop.id), isPublicService(), after))
      .orderBy(asc(services.createdAt), asc(services.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, (row) => row, (row) => toPublicService(row, shop.currency));
  });
}
