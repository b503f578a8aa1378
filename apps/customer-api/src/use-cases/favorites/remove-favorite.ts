import { and, eq, favorites } from '@salon/db';
import { type CustomerContext } from '../../routes/customer-context';

/** Forgets a saved shop of the caller's; forgetting one that was never saved is not an error. */
export async function removeFavorite({ ctx, input }: { ctx: CustomerContext; input: { shopId: string } }): Promise<void> {
  await ctx.db.delete(favorites).where(and(eq(favorites.customerId, ctx.customerId), eq(favorites.shopId, input.shopId)));
}
