import { and, eq, isNull, shops, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { randomBytes } from 'node:crypto';

/**
 * Replaces the shop's feed token with 32 fresh random bytes (64 hex characters): the old feed
 * URL stops working with this update, as nothing else remembers it.
 * @throws NotFoundError('Shop') for an unknown, deleted or another owner's shop.
 */
export async function rotateCalendarToken({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { shopId: string };
}): Promise<{ shopId: string; token: string }> {
  const token = randomBytes(32).toString('hex');
  const [shop] = await ctx.db
    .update(shops)
    .set({ calendarFeedToken: token })
    .where(and(eq(shops.id, input.shopId), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .returning({ id: shops.id });
  if (!shop) throw new NotFoundError('Shop');
  return { shopId: shop.id, token };
}
