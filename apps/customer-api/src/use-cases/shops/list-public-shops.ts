import { and, asc, eq, gt, isNull, or, shops, type Database } from '@salon/db';
import { decodeShopCursor, encodeShopCursor } from './shop-cursor';

/** Active shops for anyone to browse, oldest first, one page at a time. */
export async function listPublicShops({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { limit: number; cursor?: string };
}) {
  const after = input.cursor ? decodeShopCursor(input.cursor) : undefined;
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
    items: page.map((shop) => ({
      id: shop.id,
      name: shop.name,
      description: shop.description,
      timeZone: shop.timeZone,
      currency: shop.currency,
      addressLine: shop.addressLine,
      city: shop.city,
      postalCode: shop.postalCode,
      countryCode: shop.countryCode,
      latitude: shop.latitude,
      longitude: shop.longitude,
      phone: shop.phone,
      email: shop.email,
      website: shop.website,
    })),
    nextCursor: rows.length > input.limit && last ? encodeShopCursor(last) : null,
  };
}
