import { PublicShopSchema } from '@salon/contracts-customer';
import { and, asc, desc, eq, favorites, gt, lt, or, shops } from '@salon/db';
import { type CustomerContext } from '../../routes/customer-context';
import { isPublicShop } from '../_shared/find-public-shop';
import { toPage } from '../_shared/keyset-page';
import { decodeKeysetCursor as decodeShopCursor } from '@salon/contracts-common';

/**
 * The caller's saved shops, newest save first, then by shop id (a keyset on both, so pages never
 * repeat or skip). Shops closed or removed since are left out; only the caller's rows are read.
 */
export async function listFavorites({ ctx, input }: { ctx: CustomerContext; input: { limit: number; cursor?: string } }) {
  const after = input.cursor ? decodeShopCursor(input.cursor) : undefined;
  const rows = await ctx.db
    .select({ shop: shops, favoritedAt: favorites.createdAt })
    .from(favorites)
    .innerJoin(shops, eq(shops.id, favorites.shopId))
    .where(
      and(
        eq(favorites.customerId, ctx.customerId),
        isPublicShop(),
        after &&
          or(lt(favorites.createdAt, after.createdAt), and(eq(favorites.createdAt, after.createdAt), gt(favorites.shopId, after.id))),
      ),
    )
    .orderBy(desc(favorites.createdAt), asc(favorites.shopId))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => ({ createdAt: row.favoritedAt, id: row.shop.id }),
    (row) => ({ ...PublicShopSchema.parse(row.shop), favoritedAt: row.favoritedAt.toISOString() }),
  );
}
