import { assertCanOpenShop } from '@salon/billing';
import { type CreateShopBody } from '@salon/contracts-owner';
import { shops, withTransaction, type Database } from '@salon/db';
import { AppError } from '@salon/errors';
import { assertCoordinatesPaired, toOwnerShop } from './shop-view';

/**
 * Opens a shop for the caller (POST /shops); policy fields left out take the table defaults. The
 * plan's shop limit is checked in the insert's transaction under the owner's billing lock, so
 * concurrent requests at the limit create exactly as many shops as the plan allows.
 * @throws AppError plan_limit_reached (403)
 */
export async function createShop({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string; userId: string; graceDays: number };
  input: { origin: string; body: CreateShopBody };
}) {
  const { body } = input;
  assertCoordinatesPaired({ latitude: body.latitude ?? null, longitude: body.longitude ?? null });
  const [shop] = await withTransaction(ctx, async (tx) => {
    await assertCanOpenShop({ ctx: { db: tx, now: ctx.now, graceDays: ctx.graceDays }, input: { userId: ctx.userId, ownerId: ctx.ownerId } });
    return tx.insert(shops).values({ ...body, ownerId: ctx.ownerId }).returning();
  });
  if (!shop) throw new AppError('internal', 'The shop was not created.');
  return toOwnerShop(shop, input.origin);
}
