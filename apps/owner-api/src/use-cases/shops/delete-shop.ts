import { and, bookings, eq, shops, withTransaction, type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { assertNoUpcomingBookings } from '../_shared/upcoming-bookings';

/**
 * Soft-deletes one of the caller's shops (DELETE /shops/:id). Refused with 409 while customers
 * hold upcoming pending or confirmed bookings there, so nobody is left with a booking at a shop
 * that vanished. Past bookings keep pointing at the (hidden) row.
 * @throws ConflictError, NotFoundError
 */
export async function deleteShop({ ctx, input }: { ctx: { db: Database; now: () => Date; ownerId: string }; input: { id: string } }) {
  await withTransaction(ctx, async (tx) => {
    const shop = await findOwnedShop({ db: tx, ownerId: ctx.ownerId }, input.id);
    // Row lock: a booking being inserted holds a key-share lock on its shop through the foreign key,
    // so this waits for it and the count below sees it.
    await tx.select({ id: shops.id }).from(shops).where(eq(shops.id, shop.id)).for('update');
    await assertNoUpcomingBookings(tx, eq(bookings.shopId, shop.id), ctx.now(), 'This shop');
    const now = ctx.now();
    await tx.update(shops).set({ deletedAt: now, updatedAt: now }).where(and(eq(shops.id, shop.id), eq(shops.ownerId, ctx.ownerId)));
  });
}
