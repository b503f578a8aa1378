import { favorites, isForeignKeyViolation } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type CustomerContext } from '../../routes/customer-context';
import { findPublicShop } from '../_shared/find-public-shop';

/**
 * Saves a shop for the caller. Idempotent: the (customer, shop) key makes a second save a no-op
 * that keeps the first date, so the list order does not jump when the app retries.
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function addFavorite({ ctx, input }: { ctx: CustomerContext; input: { shopId: string } }): Promise<void> {
  await findPublicShop(ctx, input.shopId);
  try {
    await ctx.db
      .insert(favorites)
      .values({ customerId: ctx.customerId, shopId: input.shopId, createdAt: ctx.now() })
      .onConflictDoNothing({ target: [favorites.customerId, favorites.shopId] });
  } catch (error) {
    // Only a shop row removed between the check and the insert gets here.
    if (isForeignKeyViolation(error)) throw new NotFoundError('Shop');
    throw error;
  }
}
