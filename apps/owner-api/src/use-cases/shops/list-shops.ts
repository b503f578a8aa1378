import { decodeKeysetCursor, encodeKeysetCursor } from '@salon/contracts-common';
import { and, asc, eq, gt, isNull, or, shops, type Database } from '@salon/db';
import { toOwnerShop } from './shop-view';

/** The caller's shops, inactive ones too, oldest first, one page at a time (GET /shops/my-shops). */
export async function listShops({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { limit: number; cursor?: string; origin: string };
}) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : undefined;
  const rows = await ctx.db
    .select()
    .from(shops)
    .where(
      and(
        eq(shops.ownerId, ctx.ownerId),
        isNull(shops.deletedAt),
        after && or(gt(shops.createdAt, after.createdAt), and(eq(shops.createdAt, after.createdAt), gt(shops.id, after.id))),
      ),
    )
    .orderBy(asc(shops.createdAt), asc(shops.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((shop) => toOwnerShop(shop, input.origin)),
    nextCursor: rows.length > input.limit && last ? encodeKeysetCursor(last) : null,
  };
}
