import { and, eq, isNull, shops, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The shop a feed URL names, if its token is the shop's current one. A missing or wrong token, an
 * unknown shop and a deleted one are the same 404, so the URL reveals nothing without its secret.
 * @throws NotFoundError('Calendar feed')
 */
export async function findFeedShop(db: Database, shopId: string, token: string | undefined) {
  const [shop] = await db
    .select({ id: shops.id, name: shops.name, calendarFeedToken: shops.calendarFeedToken })
    .from(shops)
    .where(and(eq(shops.id, shopId), isNull(shops.deletedAt)))
    .limit(1);
  if (!shop || !token || !isSameSecret(token, shop.calendarFeedToken)) throw new NotFoundError('Calendar feed');
  return shop;
}

/**
 * Constant-time comparison: hashing first gives both sides one length, so neither the time taken
 * nor an early length check tells a guesser how much of the token they got right.
 */
function isSameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
