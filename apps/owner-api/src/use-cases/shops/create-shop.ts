import { type CreateShopBody } from '@salon/contracts-owner';
import { shops, type Database } from '@salon/db';
import { AppError } from '@salon/errors';
import { assertCoordinatesPaired, toOwnerShop } from './shop-view';

/** Opens a shop for the caller (POST /shops); policy fields left out take the table defaults. */
export async function createShop({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { origin: string; body: CreateShopBody };
}) {
  const { body } = input;
  assertCoordinatesPaired({ latitude: body.latitude ?? null, longitude: body.longitude ?? null });
  const [shop] = await ctx.db
    .insert(shops)
    .values({ ...body, ownerId: ctx.ownerId })
    .returning();
  if (!shop) throw new AppError('internal', 'The shop was not created.');
  return toOwnerShop(shop, input.origin);
}
