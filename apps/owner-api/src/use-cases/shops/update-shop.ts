import { type UpdateShopBody } from '@salon/contracts-owner';
import { and, eq, isNull, shops, withTransaction, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { assertCoordinatesPaired, toOwnerShop } from './shop-view';

/** Partial update of one of the caller's shops (PUT /shops/:id): only the given fields change. */
export async function updateShop({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: { id: string; origin: string; body: UpdateShopBody };
}) {
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnedShop({ db: tx, ownerId: ctx.ownerId }, input.id);
    const { body } = input;
    assertCoordinatesPaired({
      latitude: body.latitude !== undefined ? body.latitude : current.latitude,
      longitude: body.longitude !== undefined ? body.longitude : current.longitude,
    });
    const [shop] = await tx
      .update(shops)
      .set({ ...body, updatedAt: ctx.now() })
      .where(and(eq(shops.id, current.id), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
      .returning();
    if (!shop) throw new NotFoundError('Shop');
    return toOwnerShop(shop, input.origin);
  });
}
