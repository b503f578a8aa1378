import { decodeKeysetCursor, encodeKeysetCursor } from '@salon/contracts-common';
import { PublicShopSchema } from '@salon/contracts-customer';
import { and, asc, eq, gt, isNull, or, shops, type Database } from '@salon/db';

/** Active shops for anyone to browse, oldest first, one page at a time. */
export async function listPublicShops({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { limit: number; cursor?: string };
}) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : undefined;
  const rows = await ctx.db
    .select()
    .from(shops)
    .where(
      and(
        eq(shops.isActive, true),
        isNull(shops.deletedAt),
        after && or(gt(shops.createdAt, after.createdAt), and(eq(shops.createdAt, after.createdAt), gt(shops.id, after.id))),
      ),
    )
    .orderBy(asc(shops.createdAt), asc(shops.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    // The contract's schema is the projection: it drops owner ids, feed tokens and anything added later.
    items: page.map((shop) => PublicShopSchema.parse(shop)),
    nextCursor: rows.length > input.limit && last ? encodeKeysetCursor(last) : null,
  };
}
